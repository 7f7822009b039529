package org.turath.fund.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document a request carries (a PDF, checked by its content when it came): where it is kept, its name, its size. */
@Embeddable
public class RequestDocument {

    @Column(name = "stored_file")
    private String storedFile;
    private String name;
    @Column(name = "file_size")
    private long fileSize;

    protected RequestDocument() {
    }

    public RequestDocument(String storedFile, String name, long fileSize) {
        this.storedFile = storedFile;
        this.name = name;
        this.fileSize = fileSize;
    }

    public String storedFile() {
        return storedFile;
    }

    public String name() {
        return name;
    }

    public long fileSize() {
        return fileSize;
    }
}
