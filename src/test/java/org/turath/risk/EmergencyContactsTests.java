package org.turath.risk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state's emergency contacts as its focal point keeps them and a team in the field reads them in the emergency
 * guide: a bad phone number refused with the typing kept, another state's list out of reach, a stale page refused.
 */
@IntegrationTest
class EmergencyContactsTests {

    private static final String PASSWORD = "who to call when it burns";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Visitor focalPoint(String state) throws Exception {
        String email = "contacts." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Focal " + state, PASSWORD, Language.FR, "Ministry", Set.of(Role.FOCAL_POINT), Set.of(state));
        Visitor visitor = new Visitor(mvc, "10.76." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    @Test
    void aFocalPointKeepsTheirStatesContactsAndTheGuideShowsThem() throws Exception {
        jdbc.update("delete from emergency_contact_list where state = 'TN'");
        Visitor focal = focalPoint("TN");
        Document form = Jsoup.parse(focal.get("/fr/admin/emergency-contacts/TN").getContentAsString());
        Map<String, String> fields = new HashMap<>();
        fields.put("version", form.select("input[name=version]").val());
        fields.put("name[0]", "Institut national du patrimoine — permanence");
        fields.put("roleFr[0]", "Cellule d’urgence");
        fields.put("phone[0]", "+216 71 000 000");
        fields.put("name[1]", "Musée du Bardo");
        fields.put("phone[1]", "call us maybe");
        MockHttpServletResponse refused = focal.post("/fr/admin/emergency-contacts/TN", fields);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-contacts").text()).startsWith("Un numéro de téléphone se compose de chiffres");
        assertThat(page.select("input[name='phone[1]']").val()).isEqualTo("call us maybe");

        fields.put("phone[1]", "");
        fields.put("email[1]", "Urgence@Bardo.example.org");
        assertThat(focal.post("/fr/admin/emergency-contacts/TN", fields).getRedirectedUrl()).endsWith("?saved");
        // the same page posted again is stale
        assertThat(focal.post("/fr/admin/emergency-contacts/TN", fields).getStatus()).isEqualTo(409);

        Document guide = Jsoup.parse(new Visitor(mvc, "10.77.0.1").get("/ar/emergency-guide?state=TN").getContentAsString());
        assertThat(guide.select("#contacts").text()).contains("Institut national du patrimoine — permanence", "Musée du Bardo");
        assertThat(guide.select("#contacts a[href='tel:+21671000000']")).hasSize(1);
        assertThat(guide.select("#contacts a[href='mailto:urgence@bardo.example.org']")).hasSize(1);

        // another state's list is not theirs
        assertThat(focal.get("/fr/admin/emergency-contacts/MA").getStatus()).isEqualTo(403);
        assertThat(new Visitor(mvc, "10.77.0.2").get("/en/emergency-guide?state=ZZ").getStatus()).isEqualTo(400);
    }
}
