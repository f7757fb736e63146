-- Reference data: the OCOP taxonomies and the provinces (34 since 2025-07-01, with the
-- merged provinces kept as history). Communes and wards are loaded as data by operators
-- (and by the demo seed), not hard-coded here.

insert into ocop_taxonomy (code, decision, effective_from, is_current) values
  ('2019', '1048/QĐ-TTg', date '2019-08-21', false),
  ('2023', '148/QĐ-TTg', date '2023-02-24', true);

-- 2023 set (Decision 148/QĐ-TTg): six groups with sub-groups.
insert into ocop_group (code, taxonomy_code, parent_code, slug, name_vi, name_en, position) values
  ('2023.thuc-pham', '2023', null, 'thuc-pham', 'Thực phẩm', 'Food', 1),
  ('2023.do-uong', '2023', null, 'do-uong', 'Đồ uống', 'Drinks', 2),
  ('2023.duoc-lieu', '2023', null, 'duoc-lieu', 'Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs and herbal products', 3),
  ('2023.thu-cong-my-nghe', '2023', null, 'thu-cong-my-nghe', 'Thủ công mỹ nghệ', 'Handicrafts', 4),
  ('2023.sinh-vat-canh', '2023', null, 'sinh-vat-canh', 'Sinh vật cảnh', 'Ornamental plants, flowers and animals', 5),
  ('2023.du-lich', '2023', null, 'du-lich', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community and eco-tourism services', 6);

insert into ocop_group (code, taxonomy_code, parent_code, slug, name_vi, name_en, position) values
  ('2023.thuc-pham.tuoi-song', '2023', '2023.thuc-pham', 'tuoi-song', 'Thực phẩm tươi sống', 'Fresh food', 1),
  ('2023.thuc-pham.so-che', '2023', '2023.thuc-pham', 'so-che', 'Thực phẩm thô, sơ chế', 'Raw and pre-processed food', 2),
  ('2023.thuc-pham.che-bien', '2023', '2023.thuc-pham', 'che-bien', 'Thực phẩm chế biến', 'Processed food', 3),
  ('2023.thuc-pham.gia-vi', '2023', '2023.thuc-pham', 'gia-vi', 'Gia vị', 'Condiments', 4),
  ('2023.thuc-pham.che', '2023', '2023.thuc-pham', 'che', 'Chè và sản phẩm từ chè', 'Tea', 5),
  ('2023.thuc-pham.ca-phe-ca-cao', '2023', '2023.thuc-pham', 'ca-phe-ca-cao', 'Cà phê, ca cao', 'Coffee and cocoa', 6),
  ('2023.do-uong.co-con', '2023', '2023.do-uong', 'co-con', 'Đồ uống có cồn', 'Alcoholic drinks', 1),
  ('2023.do-uong.khong-con', '2023', '2023.do-uong', 'khong-con', 'Đồ uống không cồn', 'Non-alcoholic drinks', 2),
  ('2023.duoc-lieu.duoc-lieu', '2023', '2023.duoc-lieu', 'duoc-lieu', 'Dược liệu', 'Medicinal herbs', 1),
  ('2023.duoc-lieu.san-pham', '2023', '2023.duoc-lieu', 'san-pham', 'Sản phẩm từ dược liệu', 'Herbal products', 2),
  ('2023.thu-cong-my-nghe.my-nghe', '2023', '2023.thu-cong-my-nghe', 'my-nghe', 'Thủ công mỹ nghệ, trang trí', 'Decorative handicrafts', 1),
  ('2023.thu-cong-my-nghe.gia-dung', '2023', '2023.thu-cong-my-nghe', 'gia-dung', 'Đồ gia dụng thủ công', 'Handmade household goods', 2),
  ('2023.sinh-vat-canh.hoa', '2023', '2023.sinh-vat-canh', 'hoa', 'Hoa', 'Flowers', 1),
  ('2023.sinh-vat-canh.cay-canh', '2023', '2023.sinh-vat-canh', 'cay-canh', 'Cây cảnh', 'Ornamental plants', 2),
  ('2023.sinh-vat-canh.dong-vat-canh', '2023', '2023.sinh-vat-canh', 'dong-vat-canh', 'Động vật cảnh', 'Ornamental animals', 3),
  ('2023.du-lich.cong-dong', '2023', '2023.du-lich', 'cong-dong', 'Du lịch cộng đồng, sinh thái, điểm du lịch', 'Community and eco-tourism', 1);

-- 2019 set (Decision 1048/QĐ-TTg): still printed on older certificates.
insert into ocop_group (code, taxonomy_code, parent_code, slug, name_vi, name_en, position) values
  ('2019.thuc-pham', '2019', null, 'thuc-pham', 'Thực phẩm', 'Food', 1),
  ('2019.do-uong', '2019', null, 'do-uong', 'Đồ uống', 'Drinks', 2),
  ('2019.thao-duoc', '2019', null, 'thao-duoc', 'Thảo dược', 'Herbs', 3),
  ('2019.vai-may-mac', '2019', null, 'vai-may-mac', 'Vải và may mặc', 'Textiles and garments', 4),
  ('2019.luu-niem-noi-that', '2019', null, 'luu-niem-noi-that', 'Lưu niệm, nội thất, trang trí', 'Souvenirs, furniture and decoration', 5),
  ('2019.du-lich', '2019', null, 'du-lich', 'Dịch vụ du lịch nông thôn, bán hàng', 'Rural tourism and sales services', 6);

-- The 34 provinces and centrally-run cities in force since 2025-07-01.
insert into admin_unit (code, name, unit_level, valid_from) values
  ('ha-noi', 'Hà Nội', 'PROVINCE', date '2025-07-01'),
  ('hue', 'Huế', 'PROVINCE', date '2025-07-01'),
  ('lai-chau', 'Lai Châu', 'PROVINCE', date '2025-07-01'),
  ('dien-bien', 'Điện Biên', 'PROVINCE', date '2025-07-01'),
  ('son-la', 'Sơn La', 'PROVINCE', date '2025-07-01'),
  ('lang-son', 'Lạng Sơn', 'PROVINCE', date '2025-07-01'),
  ('quang-ninh', 'Quảng Ninh', 'PROVINCE', date '2025-07-01'),
  ('thanh-hoa', 'Thanh Hóa', 'PROVINCE', date '2025-07-01'),
  ('nghe-an', 'Nghệ An', 'PROVINCE', date '2025-07-01'),
  ('ha-tinh', 'Hà Tĩnh', 'PROVINCE', date '2025-07-01'),
  ('cao-bang', 'Cao Bằng', 'PROVINCE', date '2025-07-01'),
  ('tuyen-quang', 'Tuyên Quang', 'PROVINCE', date '2025-07-01'),
  ('lao-cai', 'Lào Cai', 'PROVINCE', date '2025-07-01'),
  ('thai-nguyen', 'Thái Nguyên', 'PROVINCE', date '2025-07-01'),
  ('phu-tho', 'Phú Thọ', 'PROVINCE', date '2025-07-01'),
  ('bac-ninh', 'Bắc Ninh', 'PROVINCE', date '2025-07-01'),
  ('hung-yen', 'Hưng Yên', 'PROVINCE', date '2025-07-01'),
  ('hai-phong', 'Hải Phòng', 'PROVINCE', date '2025-07-01'),
  ('ninh-binh', 'Ninh Bình', 'PROVINCE', date '2025-07-01'),
  ('quang-tri', 'Quảng Trị', 'PROVINCE', date '2025-07-01'),
  ('da-nang', 'Đà Nẵng', 'PROVINCE', date '2025-07-01'),
  ('quang-ngai', 'Quảng Ngãi', 'PROVINCE', date '2025-07-01'),
  ('gia-lai', 'Gia Lai', 'PROVINCE', date '2025-07-01'),
  ('khanh-hoa', 'Khánh Hòa', 'PROVINCE', date '2025-07-01'),
  ('lam-dong', 'Lâm Đồng', 'PROVINCE', date '2025-07-01'),
  ('dak-lak', 'Đắk Lắk', 'PROVINCE', date '2025-07-01'),
  ('ho-chi-minh', 'Thành phố Hồ Chí Minh', 'PROVINCE', date '2025-07-01'),
  ('dong-nai', 'Đồng Nai', 'PROVINCE', date '2025-07-01'),
  ('tay-ninh', 'Tây Ninh', 'PROVINCE', date '2025-07-01'),
  ('can-tho', 'Cần Thơ', 'PROVINCE', date '2025-07-01'),
  ('vinh-long', 'Vĩnh Long', 'PROVINCE', date '2025-07-01'),
  ('dong-thap', 'Đồng Tháp', 'PROVINCE', date '2025-07-01'),
  ('ca-mau', 'Cà Mau', 'PROVINCE', date '2025-07-01'),
  ('an-giang', 'An Giang', 'PROVINCE', date '2025-07-01');

-- Provinces merged into another on 2025-07-01, kept for history (old addresses, issuers).
insert into admin_unit (code, name, unit_level, successor_code, valid_to) values
  ('ha-giang', 'Hà Giang', 'PROVINCE', 'tuyen-quang', date '2025-06-30'),
  ('yen-bai', 'Yên Bái', 'PROVINCE', 'lao-cai', date '2025-06-30'),
  ('bac-kan', 'Bắc Kạn', 'PROVINCE', 'thai-nguyen', date '2025-06-30'),
  ('vinh-phuc', 'Vĩnh Phúc', 'PROVINCE', 'phu-tho', date '2025-06-30'),
  ('hoa-binh', 'Hòa Bình', 'PROVINCE', 'phu-tho', date '2025-06-30'),
  ('bac-giang', 'Bắc Giang', 'PROVINCE', 'bac-ninh', date '2025-06-30'),
  ('thai-binh', 'Thái Bình', 'PROVINCE', 'hung-yen', date '2025-06-30'),
  ('hai-duong', 'Hải Dương', 'PROVINCE', 'hai-phong', date '2025-06-30'),
  ('ha-nam', 'Hà Nam', 'PROVINCE', 'ninh-binh', date '2025-06-30'),
  ('nam-dinh', 'Nam Định', 'PROVINCE', 'ninh-binh', date '2025-06-30'),
  ('quang-binh', 'Quảng Bình', 'PROVINCE', 'quang-tri', date '2025-06-30'),
  ('quang-nam', 'Quảng Nam', 'PROVINCE', 'da-nang', date '2025-06-30'),
  ('kon-tum', 'Kon Tum', 'PROVINCE', 'quang-ngai', date '2025-06-30'),
  ('binh-dinh', 'Bình Định', 'PROVINCE', 'gia-lai', date '2025-06-30'),
  ('ninh-thuan', 'Ninh Thuận', 'PROVINCE', 'khanh-hoa', date '2025-06-30'),
  ('dak-nong', 'Đắk Nông', 'PROVINCE', 'lam-dong', date '2025-06-30'),
  ('binh-thuan', 'Bình Thuận', 'PROVINCE', 'lam-dong', date '2025-06-30'),
  ('phu-yen', 'Phú Yên', 'PROVINCE', 'dak-lak', date '2025-06-30'),
  ('binh-duong', 'Bình Dương', 'PROVINCE', 'ho-chi-minh', date '2025-06-30'),
  ('ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', 'PROVINCE', 'ho-chi-minh', date '2025-06-30'),
  ('binh-phuoc', 'Bình Phước', 'PROVINCE', 'dong-nai', date '2025-06-30'),
  ('long-an', 'Long An', 'PROVINCE', 'tay-ninh', date '2025-06-30'),
  ('soc-trang', 'Sóc Trăng', 'PROVINCE', 'can-tho', date '2025-06-30'),
  ('hau-giang', 'Hậu Giang', 'PROVINCE', 'can-tho', date '2025-06-30'),
  ('ben-tre', 'Bến Tre', 'PROVINCE', 'vinh-long', date '2025-06-30'),
  ('tra-vinh', 'Trà Vinh', 'PROVINCE', 'vinh-long', date '2025-06-30'),
  ('tien-giang', 'Tiền Giang', 'PROVINCE', 'dong-thap', date '2025-06-30'),
  ('bac-lieu', 'Bạc Liêu', 'PROVINCE', 'ca-mau', date '2025-06-30'),
  ('kien-giang', 'Kiên Giang', 'PROVINCE', 'an-giang', date '2025-06-30');
