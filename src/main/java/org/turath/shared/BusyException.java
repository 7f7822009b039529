package org.turath.shared;

/**
 * Heavy work (drawing a long document) is queued on a small pool, and the queue is full: answered as a translated
 * 503 that asks to come back in a few seconds, rather than queueing without end.
 */
public class BusyException extends RuntimeException {

    public BusyException(String what) {
        super(what);
    }
}
