package org.turath.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.function.Predicate;

/** Mail as GreenMail received it: the tests wait for it, since the portal sends after its transaction commits. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The first mail to {@code address} whose subject {@code subject} accepts, waited for up to ten seconds. */
    public static MimeMessage await(GreenMailExtension mail, String address, Predicate<String> subject) throws InterruptedException {
        for (int waited = 0; waited < 200; waited++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (recipient(message).equalsIgnoreCase(address) && subject.test(subject(message))) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such mail to " + address);
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
