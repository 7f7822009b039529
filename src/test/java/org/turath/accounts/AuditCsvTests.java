package org.turath.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells of the audit export that a spreadsheet could run as a formula are made plain text. */
class AuditCsvTests {

    @Test
    void cellsThatASpreadsheetCouldRunAreNeutralised() {
        for (String cell : new String[]{"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", ";=HYPERLINK(\"x\")", " =1", "＝1"}) {
            assertThat(AuditTrail.safe(cell)).as(cell).startsWith("'");
        }
        assertThat(AuditTrail.safe("secretariat@example.org")).isEqualTo("secretariat@example.org");
        assertThat(AuditTrail.safe("مدينة فاس")).isEqualTo("مدينة فاس");
    }
}
