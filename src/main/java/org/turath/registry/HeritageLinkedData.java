package org.turath.registry;

import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.shared.Language;
import org.turath.web.LinkedData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A heritage item in schema.org terms: a landmark (a place for natural heritage, an intangible thing for living
 * heritage) with its names and description in three languages, its position, the states it lies in, its pages,
 * its picture and the UNESCO page it is the same as. Embedded in its page and given to whoever asks for JSON-LD.
 */
@Component
public class HeritageLinkedData {

    private final LinkedData linked;
    private final GeoApi geo;

    HeritageLinkedData(LinkedData linked, GeoApi geo) {
        this.linked = linked;
        this.geo = geo;
    }

    public Map<String, Object> describe(HeritageDetail item, List<MediaInfo> images) {
        String type = switch (item.kind()) {
            case NATURAL -> "Place";
            case INTANGIBLE -> "Intangible";
            default -> "LandmarksOrHistoricalBuildings";
        };
        Map<String, Object> thing = linked.thing(type, "/id/heritage/" + item.reference());
        thing.put("identifier", item.reference());
        thing.put("name", LinkedData.texts(item.name()));
        thing.put("description", LinkedData.texts(item.description().plain()));
        thing.put("url", linked.absolute("/" + Language.DEFAULT.tag() + "/heritage/" + item.reference()));
        thing.put("mainEntityOfPage", linked.pages("/heritage/" + item.reference()));
        thing.put("additionalType", "https://schema.org/TouristAttraction");
        if (item.located() && item.kind() != HeritageKind.INTANGIBLE) {
            Map<String, Object> geoPoint = new LinkedHashMap<>();
            geoPoint.put("@type", "GeoCoordinates");
            geoPoint.put("latitude", item.latitude());
            geoPoint.put("longitude", item.longitude());
            thing.put("geo", geoPoint);
        }
        List<Map<String, Object>> states = new ArrayList<>();
        Map<String, CountryInfo> countries = geo.countries(item.states());
        for (String iso2 : item.states()) {
            CountryInfo country = countries.get(iso2.toUpperCase(Locale.ROOT));
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Country");
            place.put("identifier", iso2.toUpperCase(Locale.ROOT));
            place.put("name", country == null ? null : LinkedData.texts(country.names()));
            place.put("url", linked.absolute("/" + Language.DEFAULT.tag() + "/states/" + iso2.toLowerCase(Locale.ROOT)));
            states.add(place);
        }
        thing.put(item.kind() == HeritageKind.INTANGIBLE ? "spatialCoverage" : "containedInPlace", states.isEmpty() ? null : states);
        thing.put("image", images.isEmpty() ? linked.absolute("/art/heritage/" + item.reference() + ".svg")
                : linked.absolute(images.get(0).medium()));
        thing.put("sameAs", item.unescoIdNo() == null ? null : "https://whc.unesco.org/en/list/" + item.unescoIdNo());
        thing.put("dateModified", item.updatedAt().toString());
        thing.put("publisher", linked.publisher());
        return thing;
    }
}
