package org.turath.shared;

import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.Optional;

/**
 * A text with markup (a description, a summary, an article) in the portal's three languages. Whatever
 * it is made from passes {@link TextInput#rich}: an editor's or an importer's HTML is sanitised, plain
 * text typed into a form ({@link #fromPlain}) is escaped into paragraphs. What it holds is therefore safe
 * to render as markup, and it is read out only as {@link Html}.
 */
@Embeddable
public class RichText {

    private String ar;
    private String en;
    private String fr;

    protected RichText() {
    }

    /** Untrusted markup in each language, sanitised. */
    public RichText(String ar, String en, String fr) {
        this.ar = TextInput.rich(ar);
        this.en = TextInput.rich(en);
        this.fr = TextInput.rich(fr);
    }

    public static RichText empty() {
        return new RichText(null, null, null);
    }

    /** Plain text typed in paragraphs (a dossier's sections): every character shown as typed. */
    public static RichText fromPlain(LocalizedText plain) {
        if (plain == null) {
            return empty();
        }
        return new RichText(paragraphs(plain.getAr()), paragraphs(plain.getEn()), paragraphs(plain.getFr()));
    }

    /** JPA gives null for an embedded text whose columns are all null; entities hand out this instead. */
    public static RichText orEmpty(RichText text) {
        return text == null ? empty() : text;
    }

    /** The text for a reader of {@code language}, or the first fallback that has one. */
    public Optional<LocalizedHtml> resolve(Language language) {
        for (Language candidate : language.fallbackOrder()) {
            String text = raw(candidate);
            if (text != null) {
                return Optional.of(new LocalizedHtml(Html.trusted(text), candidate, candidate != language));
            }
        }
        return Optional.empty();
    }

    /** The words without markup, for search and for feeds that want text. */
    public LocalizedText plain() {
        return new LocalizedText(PlainText.of(ar), PlainText.of(en), PlainText.of(fr));
    }

    /** The markup of each language as kept (already sanitised), for a form that edits it or an API that returns it. */
    public LocalizedText markup() {
        return new LocalizedText(ar, en, fr);
    }

    public boolean isEmpty() {
        return ar == null && en == null && fr == null;
    }

    private String raw(Language language) {
        return switch (language) {
            case AR -> ar;
            case EN -> en;
            case FR -> fr;
        };
    }

    private static String paragraphs(String text) {
        return text == null || text.isBlank() ? null : Html.paragraphs(TextInput.block(text)).html();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RichText that && Objects.equals(ar, that.ar) && Objects.equals(en, that.en) && Objects.equals(fr, that.fr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ar, en, fr);
    }

    /** Rich text in the language a reader gets, with whether it is a fallback. */
    public record LocalizedHtml(Html html, Language language, boolean fallback) {

        public String lang() {
            return language.tag();
        }

        public String dir() {
            return language.dir();
        }
    }
}
