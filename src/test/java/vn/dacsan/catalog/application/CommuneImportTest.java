package vn.dacsan.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dacsan.catalog.application.CommuneImport.CommuneRow;

class CommuneImportTest {

    @Test
    void aCommuneWithoutACodeGetsTheProvinceAndItsNameWithoutTheUnitWord() {
        assertThat(CommuneImport.codeOf(new CommuneRow("vinh-long", "xã Chợ Lách", "COMMUNE", null, null))).isEqualTo("vinh-long.cho-lach");
        assertThat(CommuneImport.codeOf(new CommuneRow("vinh-long", "phường An Hội", "WARD", " ", null))).isEqualTo("vinh-long.an-hoi");
        assertThat(CommuneImport.codeOf(new CommuneRow("hue", "Phường Thuận Hóa", "WARD", null, null))).isEqualTo("hue.thuan-hoa");
        assertThat(CommuneImport.codeOf(new CommuneRow("quang-ninh", "đặc khu Cô Tô", "COMMUNE", null, null))).isEqualTo("quang-ninh.co-to");
    }

    @Test
    void aGivenCodeIsKept() {
        assertThat(CommuneImport.codeOf(new CommuneRow("vinh-long", "xã Phú Túc", "COMMUNE", "vinh-long.phu-tuc-2", null)))
                .isEqualTo("vinh-long.phu-tuc-2");
    }
}
