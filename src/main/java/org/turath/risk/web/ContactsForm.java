package org.turath.risk.web;

import org.turath.risk.domain.EmergencyContact;
import org.turath.risk.domain.EmergencyContacts;
import org.turath.shared.EmailAddress;
import org.turath.shared.LocalizedText;
import org.turath.shared.TextInput;
import org.turath.web.FormRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A state's emergency contacts as their form posts them: rows of a role in three languages, a name, an organisation,
 * a phone and an e-mail ({@code name[0]}, {@code phone[0]}…). An empty row is dropped; a row needs a name and a way to
 * reach them.
 */
record ContactsForm(String version, List<String> roleAr, List<String> roleEn, List<String> roleFr, List<String> name,
                    List<String> organisation, List<String> phone, List<String> email) implements FormRecord {

    private static final int TEXT_MAX = 200;

    static ContactsForm of(EmergencyContacts list) {
        List<EmergencyContact> c = list.contacts();
        return new ContactsForm(String.valueOf(list.version()),
                c.stream().map(x -> x.role().in(org.turath.shared.Language.AR).orElse(null)).toList(),
                c.stream().map(x -> x.role().in(org.turath.shared.Language.EN).orElse(null)).toList(),
                c.stream().map(x -> x.role().in(org.turath.shared.Language.FR).orElse(null)).toList(),
                c.stream().map(EmergencyContact::name).toList(), c.stream().map(EmergencyContact::organisation).toList(),
                c.stream().map(EmergencyContact::phone).toList(), c.stream().map(EmergencyContact::email).toList());
    }

    public String row(String field, int index) {
        List<String> values = switch (field) {
            case "roleAr" -> roleAr;
            case "roleEn" -> roleEn;
            case "roleFr" -> roleFr;
            case "name" -> name;
            case "organisation" -> organisation;
            case "phone" -> phone;
            case "email" -> email;
            default -> List.of();
        };
        return values != null && index < values.size() ? values.get(index) : null;
    }

    List<EmergencyContact> read(Map<String, String> errors) {
        List<EmergencyContact> rows = new ArrayList<>();
        int count = 0;
        for (List<String> values : java.util.Arrays.asList(roleAr, roleEn, roleFr, name, organisation, phone, email)) {
            count = Math.max(count, values == null ? 0 : values.size());
        }
        if (count > EmergencyContacts.MAX) {
            errors.put("contacts", "risk.error.rows");
            return rows;
        }
        for (int i = 0; i < count; i++) {
            LocalizedText role = new LocalizedText(TextInput.line(row("roleAr", i)), TextInput.line(row("roleEn", i)), TextInput.line(row("roleFr", i)));
            String who = TextInput.line(row("name", i));
            String where = TextInput.line(row("organisation", i));
            String tel = TextInput.line(row("phone", i));
            String mail = TextInput.line(row("email", i));
            if (role.isEmpty() && who == null && where == null && tel == null && mail == null) {
                continue;
            }
            if (who == null || tel == null && mail == null) {
                errors.putIfAbsent("contacts", "risk.error.contact-incomplete");
                continue;
            }
            if (tel != null && !tel.matches("\\+?[0-9 ()\\-]{5,30}")) {
                errors.putIfAbsent("contacts", "risk.error.contact-phone");
                continue;
            }
            if (mail != null && (!EmailAddress.wellFormed(mail) || mail.length() > 320)) {
                errors.putIfAbsent("contacts", "risk.error.contact-email");
                continue;
            }
            if (Math.max(who.length(), where == null ? 0 : where.length()) > TEXT_MAX
                    || role.in(org.turath.shared.Language.AR).orElse("").length() > TEXT_MAX
                    || role.in(org.turath.shared.Language.EN).orElse("").length() > TEXT_MAX
                    || role.in(org.turath.shared.Language.FR).orElse("").length() > TEXT_MAX) {
                errors.putIfAbsent("contacts", "risk.error.too-long");
                continue;
            }
            rows.add(new EmergencyContact(role, who, where, tel, mail == null ? null : EmailAddress.normalise(mail)));
        }
        return rows;
    }
}
