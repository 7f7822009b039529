package org.turath.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * What every open-data format says about where records live and under which terms: the public address, the
 * licence of the data (CC BY 4.0 unless configured), the OAI-PMH repository identifier.
 */
@Component
public class OpenDataSettings {

    private final String publicUrl;
    private final String licenceName;
    private final String licenceUrl;
    private final String repositoryIdentifier;
    private final String adminEmail;

    OpenDataSettings(@Value("${turath.public-url}") String publicUrl,
                     @Value("${turath.open-data.licence.name:CC BY 4.0}") String licenceName,
                     @Value("${turath.open-data.licence.url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl,
                     @Value("${turath.open-data.oai.repository-identifier:}") String repositoryIdentifier,
                     @Value("${turath.open-data.oai.admin-email:${turath.mail.from}}") String adminEmail) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.licenceName = licenceName;
        this.licenceUrl = licenceUrl;
        this.repositoryIdentifier = repositoryIdentifier.isBlank() ? hostOf(this.publicUrl) : repositoryIdentifier;
        this.adminEmail = adminEmail;
    }

    /** The portal's public address without a trailing slash, e.g. {@code https://turath.example.org}. */
    public String publicUrl() {
        return publicUrl;
    }

    public String licenceName() {
        return licenceName;
    }

    public String licenceUrl() {
        return licenceUrl;
    }

    /** The OAI-PMH repository identifier, the middle part of {@code oai:<it>:heritage/IWH-0042}. */
    public String repositoryIdentifier() {
        return repositoryIdentifier;
    }

    public String adminEmail() {
        return adminEmail;
    }

    /** The record's OAI-PMH identifier: {@code oai:<repository identifier>:heritage/IWH-0042}. */
    public String oaiIdentifier(String type, String localId) {
        return "oai:" + repositoryIdentifier + ":" + type + "/" + localId;
    }

    /** The record's address that never changes meaning: {@code <public>/id/heritage/IWH-0042}. */
    public String recordUri(String type, String localId) {
        return publicUrl + "/id/" + type + "/" + localId;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null || host.isBlank() ? "turath" : host;
        } catch (IllegalArgumentException e) {
            return "turath";
        }
    }
}
