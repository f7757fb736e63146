package vn.dacsan.department.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import vn.dacsan.department.domain.DepartmentUnit;
import vn.dacsan.department.domain.RulesVersion;
import vn.dacsan.department.domain.UnitContent;

/**
 * The demo operator: Sở Công Thương tỉnh Bến Tre and its trade-promotion centre (contacts as
 * the department publishes them), and a first version of the operating rules. Data, not code:
 * a real deployment enters its own department through the staff pages.
 */
public final class DemoDepartment {

    static final String DEMO_PUBLISHER = "demo";
    /** The demo rules took effect on this day. */
    static final LocalDate RULES_EFFECTIVE = LocalDate.of(2026, 7, 1);

    private DemoDepartment() {
    }

    /** Writes the units and the first rules version; the caller holds the transaction. */
    public static void loadInto(EntityManager em, Clock clock) {
        DepartmentUnit department = new DepartmentUnit("so-cong-thuong", null, 0, new UnitContent(
                "Sở Công Thương tỉnh Bến Tre",
                "Bến Tre Department of Industry and Trade",
                null,
                "0275.3822 365 - 3822 251",
                "sct@bentre.gov.vn",
                null,
                DEPARTMENT_VI, DEPARTMENT_EN), clock.instant(), DEMO_PUBLISHER);
        em.persist(department);
        em.flush();
        em.persist(new DepartmentUnit("trung-tam-khuyen-cong-xuc-tien-thuong-mai", department.getId(), 1, new UnitContent(
                "Trung tâm Khuyến công & Xúc tiến thương mại",
                "Centre for Industrial Extension and Trade Promotion",
                null,
                "0275.6281888 - 0275.3822403",
                null,
                null,
                CENTRE_VI, CENTRE_EN), clock.instant(), DEMO_PUBLISHER));
        em.persist(new RulesVersion(RULES_EFFECTIVE, "Quy chế hoạt động sàn thương mại điện tử Đặc sản",
                "Operating rules of the Specialty e-commerce marketplace", RULES_VI, RULES_EN, clock.instant(), DEMO_PUBLISHER));
    }

    static final String DEPARTMENT_VI = """
            Sở Công Thương là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu và quản lý nhà nước về công nghiệp, \
            thương mại, xúc tiến thương mại và thương mại điện tử trên địa bàn tỉnh.

            Sở vận hành sàn thương mại điện tử Đặc sản Bến Tre để giới thiệu, quảng bá sản phẩm đặc sản, sản phẩm chủ lực \
            và sản phẩm OCOP của tỉnh, đồng thời triển khai kế hoạch hỗ trợ chuyển đổi số cho 1.000 doanh nghiệp.

            Sở cung cấp dịch vụ công trực tuyến cho tất cả 122 thủ tục hành chính thuộc thẩm quyền. Năm 2022, Sở tiếp nhận \
            trên 23 ngàn hồ sơ, tất cả đều được giải quyết đúng hạn, không có hồ sơ nào trễ hạn; Chỉ số cải cách hành chính \
            (PAR INDEX) năm 2022 đạt 98,56%, đứng đầu các sở, ngành của tỉnh.

            Trên sàn này, mỗi hồ sơ đăng bán và mỗi góp ý, khiếu nại đều có hạn xử lý, và tỷ lệ xử lý đúng hạn được công khai.""";

    static final String DEPARTMENT_EN = """
            The Department of Industry and Trade is the provincial People's Committee's specialised agency for industry, \
            trade, trade promotion and e-commerce in the province.

            The department runs the Bến Tre Specialty e-commerce marketplace to present and promote the province's \
            specialty, key and OCOP products, and carries out a plan to help 1,000 businesses go digital.

            All 122 administrative procedures under the department's authority are offered online. In 2022 it received \
            more than 23,000 dossiers and handled every one on time; its 2022 administrative reform index (PAR INDEX) \
            reached 98.56%, first among the province's departments.

            On this marketplace every listing submission and every complaint has a due date, and the on-time rate is public.""";

    static final String CENTRE_VI = """
            Trung tâm Khuyến công & Xúc tiến thương mại là đơn vị sự nghiệp trực thuộc Sở Công Thương.

            Trung tâm hỗ trợ cơ sở sản xuất, hợp tác xã và doanh nghiệp tham gia hội chợ, triển lãm, các chương trình \
            xúc tiến thương mại và đưa sản phẩm lên sàn thương mại điện tử, giúp tiêu thụ sản phẩm đặc sản và sản phẩm OCOP.

            Chủ thể muốn tham gia sàn hoặc các chương trình xúc tiến thương mại có thể liên hệ Trung tâm theo số điện thoại bên cạnh.""";

    static final String CENTRE_EN = """
            The Centre for Industrial Extension and Trade Promotion is a public service unit of the Department of Industry and Trade.

            The centre helps producers, cooperatives and businesses take part in trade fairs, exhibitions and trade \
            promotion programmes and bring their products onto e-commerce marketplaces, so that specialty and OCOP \
            products find buyers.

            Producers who wish to join the marketplace or a trade promotion programme can call the centre at the numbers shown.""";

    static final String RULES_VI = """
            # 1. Phạm vi và các bên

            Quy chế này áp dụng cho sàn thương mại điện tử Đặc sản do Sở Công Thương vận hành (Ban quản lý sàn), cho người \
            bán (doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh, cơ sở sản xuất) và cho người mua. Quy chế được công bố \
            theo Nghị định 52/2013/NĐ-CP về thương mại điện tử, được sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP.

            Người bán phải đăng ký với thông tin định danh (mã số thuế hoặc số đăng ký kinh doanh, người đại diện theo pháp \
            luật, địa chỉ) và được Ban quản lý sàn xác minh trước khi đăng bán.

            # 2. Đăng bán sản phẩm

            Mỗi sản phẩm được Ban quản lý sàn duyệt trước khi hiển thị, trong thời hạn công bố trên trang Minh bạch. Tin \
            đăng phải có đủ thông tin bắt buộc ghi trên nhãn; hàng hóa kinh doanh có điều kiện phải ghi số, ngày cấp và cơ \
            quan cấp giấy phép (ví dụ giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm). Lý do từ chối được ghi rõ để \
            người bán sửa và gửi lại.

            # 3. Sản phẩm OCOP

            Sản phẩm chỉ được gắn sao OCOP khi có giấy chứng nhận còn hiệu lực (36 tháng kể từ ngày ký quyết định). Khi \
            giấy chứng nhận hết hạn hoặc bị thu hồi, số sao tự động không còn hiển thị. Người bán được nhắc 30 ngày trước khi \
            giấy chứng nhận hết hạn.

            # 4. Đặt hàng, thanh toán và giao hàng

            Người mua đặt hàng với họ tên, số điện thoại và địa chỉ nhận hàng; thanh toán khi nhận hàng hoặc chuyển khoản \
            theo mã VietQR. Đơn hàng được tách theo từng người bán; người bán xác nhận, giao hàng và cập nhật tình trạng đơn. \
            Người mua tra cứu đơn bằng mã đơn và số điện thoại.

            # 5. Góp ý và khiếu nại

            Người mua gửi góp ý hoặc khiếu nại về đơn hàng, sản phẩm hoặc về sàn tại trang Góp ý. Mỗi khiếu nại có hạn trả lời \
            tính bằng ngày làm việc và một đường dẫn riêng để theo dõi; câu trả lời được gửi qua email (nếu có) và hiển thị tại \
            đường dẫn đó. Ban quản lý sàn phối hợp với người bán để giải quyết và có thể gỡ tin đăng vi phạm.

            # 6. Bảo vệ dữ liệu cá nhân

            Dữ liệu cá nhân (họ tên, số điện thoại, email, địa chỉ) chỉ được thu thập và xử lý cho mục đích giao dịch, \
            giao hàng và giải quyết khiếu nại, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Người bán chỉ thấy \
            dữ liệu của đơn hàng mình. Chủ thể dữ liệu có quyền yêu cầu xem, sửa hoặc xóa dữ liệu của mình qua trang Góp ý.

            # 7. Hiệu lực

            Quy chế có hiệu lực từ ngày ghi trên trang này. Khi quy chế được sửa đổi, phiên bản mới được công bố kèm ngày \
            có hiệu lực; các phiên bản trước vẫn được lưu và xem được.""";

    static final String RULES_EN = """
            # 1. Scope and parties

            These rules apply to the Specialty e-commerce marketplace run by the Department of Industry and Trade (the \
            marketplace board), to sellers (enterprises, cooperatives, cooperative groups, household businesses and \
            producers) and to buyers. They are published under Decree 52/2013/NĐ-CP on e-commerce, as amended by Decree \
            85/2021/NĐ-CP.

            Sellers register with their identity (tax code or business registration number, legal representative, \
            address) and are verified by the marketplace board before they can list products.

            # 2. Listing products

            The board reviews each product before it is shown, within the time published on the Transparency page. A \
            listing carries the information its label must carry; goods that need a licence show its number, date and \
            issuer (for example a food-safety certificate). Reasons for a rejection are written down so the seller can \
            correct and resubmit.

            # 3. OCOP products

            A product shows OCOP stars only while its certificate is valid (36 months from the signing of the decision). \
            When a certificate expires or is revoked, the stars disappear automatically. Sellers are reminded 30 days \
            before a certificate expires.

            # 4. Orders, payment and delivery

            Buyers order with their name, phone number and delivery address, and pay cash on delivery or by bank \
            transfer with a VietQR code. An order is split per seller; each seller confirms, ships and updates its part. \
            Buyers track an order with its code and phone number.

            # 5. Feedback and complaints

            Buyers send feedback or complaints about an order, a product or the marketplace on the Feedback page. Each \
            complaint has an answer deadline in working days and a private link to follow it; the answer is emailed (when \
            an address was given) and shown at that link. The board works with the seller to resolve it and may take \
            down an infringing listing.

            # 6. Personal data

            Personal data (name, phone number, email, address) is collected and processed only for transactions, \
            delivery and complaint handling, under Decree 13/2023/NĐ-CP on personal data protection. Sellers see only \
            the data of their own orders. Data subjects may ask to see, correct or erase their data through the Feedback page.

            # 7. Effect

            These rules are in force from the date shown on this page. When they change, the new version is published \
            with its effective date; earlier versions are kept and remain readable.""";
}
