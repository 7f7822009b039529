package org.turath.partners;

/** What an agreement is: a memorandum of understanding, a cooperation agreement, a programme, a project. */
public enum AgreementKind {
    MEMORANDUM,
    COOPERATION,
    PROGRAMME,
    PROJECT
}
