package org.turath.museums.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Museums' entries: by reference, in alphabetical pages ({@link MuseumListing}), as markers for a map. */
public interface Museums extends JpaRepository<Museum, UUID>, MuseumListing {

    Optional<Museum> findByReference(String reference);

    /** Published entries that name the heritage item {@code reference}. */
    @Query("""
            select m from Museum m join m.heritage h where m.published = true and h = :reference order by m.sortKeyEn, m.id""")
    List<Museum> relatedTo(@Param("reference") String reference, Limit limit);

    /** The cities of published entries in {@code state}: key, then the city's name in Arabic, English, French. */
    @Query("""
            select m.cityKey, min(m.city.ar), min(m.city.en), min(m.city.fr) from Museum m
            where m.published = true and m.state = :state and m.cityKey <> ''
            group by m.cityKey order by m.cityKey""")
    List<Object[]> citiesOf(@Param("state") String state, Limit limit);

    /** Published entries after {@code afterId} in the order of their ids (an export's keyset). */
    @Query("select m from Museum m where m.published = true and m.id > :afterId order by m.id")
    List<Museum> publishedAfter(@Param("afterId") UUID afterId, Limit limit);

    /** Where published entries with a position are, latitude then longitude, in alphabetical order: a map's first view. */
    @Query("""
            select m.latitude, m.longitude from Museum m
            where m.published = true and m.latitude is not null and m.longitude is not null order by m.sortKeyEn, m.id""")
    List<Object[]> publishedPositions(Limit limit);

    /** The entries {@code email} curates, in English alphabetical order. */
    @Query("select m from Museum m join m.curators c where c = :email order by m.sortKeyEn, m.id")
    List<Museum> curatedBy(@Param("email") String email, Limit limit);
}
