package com.kamsuite.customer.duplicates.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNamesTest {

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', textBlock = """
            華為技術有限公司                 | 华为技术（有限公司）
            华为技术有限公司                 | 華為技術股份有限公司
            上海电气集团股份有限公司          | 上海電氣（集團）
            中国石油化工股份有限公司          | 中國石油化工
            ＡＢＢ（中国）有限公司            | ABB(中国)有限公司
            三一重工股份有限公司              | 三一重工 股份 有限公司
            中国中车集团有限公司              | 中國中車集團公司
            宝山钢铁股份有限公司              | 寶山鋼鐵股份有限公司
            國家電網有限公司                 | 国家电网公司
            腾讯科技（深圳）有限公司          | 騰訊科技(深圳)有限公司
            比亚迪股份有限公司                | 比亞迪
            中国华能集团有限公司              | 中國華能集團
            海尔集团公司                     | 海爾集團
            施耐德电气(中国)有限公司          | 施耐德電氣（中國）有限公司
            美的集团股份有限公司              | 美的集團
            徐工集团工程机械有限公司          | 徐工集團工程機械股份有限公司
            南京南瑞继保电气有限公司          | 南京南瑞繼保電氣有限責任公司
            Huawei Technologies Co., Ltd.   | HUAWEI TECHNOLOGIES CO LTD
            Siemens AG                      | SIEMENS A.G.
            Schneider Electric SE           | Schneider Electric
            Robert Bosch GmbH               | ROBERT BOSCH
            General Electric Company        | General Electric Co.
            Apple Inc.                      | Apple Incorporated
            Johnson & Johnson               | Johnson and Johnson
            The Dow Chemical Company        | Dow Chemical Co
            TOYOTA MOTOR CORPORATION        | Toyota Motor Corp.
            Mitsubishi Electric Corporation | MITSUBISHI ELECTRIC CORP
            'Honeywell International Inc.'  | 'Honeywell International, Inc'
            ＳＡＰ　ＳＥ                     | SAP SE
            Nestlé S.A.                     | NESTLE SA
            'Hitachi, Ltd.'                 | HITACHI LIMITED
            Emerson Electric Co.            | EMERSON ELECTRIC COMPANY
            'Rockwell Automation, Inc.'     | ROCKWELL AUTOMATION
            ABB Ltd                         | ABB Limited
            Danfoss A/S                     | DANFOSS AS
            'ENEL S.p.A.'                   | Enel SpA
            """)
    void namesOfTheSameCompanyNormaliseAlike(String first, String second) {
        assertThat(CompanyNames.normalize(first)).isEqualTo(CompanyNames.normalize(second));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            华为技术有限公司                 | 华为终端有限公司
            上海电气集团股份有限公司          | 上海电器集团有限公司
            西门子(中国)有限公司             | 西门子有限公司
            腾讯科技(深圳)有限公司           | 腾讯科技(北京)有限公司
            中国石油化工股份有限公司          | 中国石油天然气股份有限公司
            格力电器股份有限公司              | 珠海格力电器股份有限公司
            三菱电机株式会社                 | 三菱重工株式会社
            国家电网有限公司                 | 南方电网有限公司
            华为技术有限公司上海分公司         | 华为技术有限公司
            General Electric Company        | General Motors Company
            Siemens AG                      | Siemens Energy AG
            ABB Ltd                         | ABC Ltd
            Apple Inc.                      | Applied Materials Inc.
            Emerson Electric Co.            | Emerson Process Management Co.
            """)
    void namesOfDifferentCompaniesStayApart(String first, String second) {
        assertThat(CompanyNames.normalize(first)).isNotEqualTo(CompanyNames.normalize(second));
    }

    @Test
    void legalFormsAndPunctuationAreStrippedButTheNameIsKept() {
        assertThat(CompanyNames.normalize("上海电气集团股份有限公司")).isEqualTo("上海电气");
        assertThat(CompanyNames.normalize("Huawei Technologies Co., Ltd.")).isEqualTo("huaweitechnologies");
        assertThat(CompanyNames.normalize("有限公司")).isEqualTo("有限公司");
        assertThat(CompanyNames.normalize("Group Ltd")).isEqualTo("group");
    }

    @Test
    void similarNamesScoreHighAndDifferentNamesLow() {
        assertThat(CompanyNames.similarity(CompanyNames.normalize("上海电气集团"), CompanyNames.normalize("上海电器集团")))
                .isGreaterThanOrEqualTo(0.6);
        assertThat(CompanyNames.similarity(CompanyNames.normalize("Schneider Electric"), CompanyNames.normalize("Schnieder Electric")))
                .isGreaterThanOrEqualTo(0.6);
        assertThat(CompanyNames.similarity(CompanyNames.normalize("华为技术"), CompanyNames.normalize("华为终端")))
                .isLessThan(0.6);
        assertThat(CompanyNames.similarity(CompanyNames.normalize("ABB"), CompanyNames.normalize("Siemens"))).isZero();
    }

    @Test
    void phonesAndAddressesFoldTheirNotations() {
        assertThat(ContactKeys.phone("+86 21 5888-1234")).isEqualTo(ContactKeys.phone("021 58881234"));
        assertThat(ContactKeys.phone("0086 138 0013 8000")).contains("13800138000");
        assertThat(ContactKeys.phone("123")).isEmpty();
        assertThat(ContactKeys.address("中国上海市浦東新區 世紀大道100號")).isEqualTo(ContactKeys.address("上海市浦东新区世纪大道100号"));
    }
}
