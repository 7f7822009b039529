package org.turath.engagement;

/** What a question is about, so the inbox can be sorted by who answers it. */
public enum InquiryTopic {
    HERITAGE_LIST, NOMINATIONS, TRAININGS, PUBLICATIONS, MUSEUMS, HERITAGE_AT_RISK, PARTNERSHIPS, OPEN_DATA, OTHER
}
