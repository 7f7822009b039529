package org.turath.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs each revision with the person signed in; work nobody is signed in for (the command-line
 * import, start-up tasks) is signed with the name of the task set by {@link #runAs}, else "system".
 */
public class RevisionAuthor implements RevisionListener {

    private static final ThreadLocal<String> TASK = new ThreadLocal<>();

    /** Runs {@code work} with its revisions (and audit entries) signed by {@code task} when no one is signed in. */
    public static <T> T runAs(String task, java.util.function.Supplier<T> work) {
        String previous = TASK.get();
        TASK.set(task);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                TASK.remove();
            } else {
                TASK.set(previous);
            }
        }
    }

    /** Who is acting now: the signed-in person's e-mail, or the running task. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        String task = TASK.get();
        return task == null ? "system" : task;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).author(current());
    }
}
