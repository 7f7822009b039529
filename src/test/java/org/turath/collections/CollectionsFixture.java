package org.turath.collections;

import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.internal.CollectionDesk;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.LocalizedText;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A published museum and objects of its collection, for the tests of what the portal says about them. */
@org.springframework.boot.test.context.TestComponent
@org.springframework.context.annotation.Scope(org.springframework.beans.factory.config.ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class CollectionsFixture {

    public static final Actor KEEPER = new Actor("collections.fixture@example.org", Set.of(Role.SECRETARIAT), Set.of());

    @Autowired
    MuseumDesk museums;

    @Autowired
    CollectionDesk objects;

    /** A published national museum in Rabat, its reference and English name ending in {@code suffix}. */
    public Museum museum(String suffix) {
        Museum museum = museums.create(KEEPER, Optional.empty(), new Museum.Details("fixture-museum-" + suffix,
                new LocalizedText(null, "Fixture museum " + suffix, null), MuseumKind.NATIONAL, "MA",
                new LocalizedText(null, "Rabat", null), null, null, null, null, null,
                LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(), "https://example.org/source", Set.of()));
        return museums.publish(KEEPER, museum.id(), museum.version(), true);
    }

    /**
     * An ewer of the museum's collection — its title in Arabic and English, its inventory number, materials and period —
     * published or not.
     */
    public CollectionObject ewer(Museum museum, String reference, boolean published) {
        CollectionObject object = objects.create(KEEPER, Optional.empty(), new CollectionObject.Details(reference, museum.id().value(),
                "INV-" + reference.toUpperCase(java.util.Locale.ROOT), new LocalizedText("إبريق", "Ewer", "Aiguière"),
                new LocalizedText("إبريق من النحاس", "Brass ewer " + reference, null), new LocalizedText(null, "Brass", "Laiton"),
                null, null, null, LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(),
                new LocalizedText(null, "12th century", "XIIe siècle"), 1100, 1199, LocalizedText.empty(), LocalizedText.empty(),
                new LocalizedText(null, "A ewer with a long spout.", null), LocalizedText.empty(), false, null, true, Set.of(), Set.of()));
        return published ? objects.publish(KEEPER, object.id(), object.version(), true) : object;
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
