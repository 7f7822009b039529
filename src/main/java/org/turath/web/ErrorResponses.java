package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.NotFoundException;

import java.util.Map;

/**
 * Every error a reader can cause ends here: pages get a translated error page, the JSON API an
 * RFC 9457 problem document with a stable type. Nothing a reader sends becomes a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;
    private final ProblemView problemView;

    ErrorResponses(MessageSource messages, ProblemView problemView) {
        this.messages = messages;
        this.problemView = problemView;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "not-found", null);
    }

    @ExceptionHandler(org.turath.shared.NotAllowedException.class)
    ModelAndView notAllowed(HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "forbidden", null);
    }

    @ExceptionHandler(org.turath.shared.ConflictException.class)
    ModelAndView conflict(org.turath.shared.ConflictException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, e.type(), null);
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", null);
    }

    @ExceptionHandler(org.turath.shared.BusyException.class)
    ModelAndView busy(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse answer) {
        answer.setHeader("Retry-After", "10");
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, "busy", null);
    }

    /** A refusal no page caught (an API call, a form posted past its page): the reason, translated, as the detail. */
    @ExceptionHandler(org.turath.shared.Refusal.class)
    ModelAndView refused(org.turath.shared.Refusal e, HttpServletRequest request) {
        String reason = messages.getMessage(e.messageKey(), e.arguments(), null, LocaleContextHolder.getLocale());
        return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "refused", null, reason);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "invalid-parameter", e.parameter());
    }

    /** A value that does not convert: in the path (an id that is no id), a page that does not exist; elsewhere, a bad parameter. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return respond(request, HttpStatus.NOT_FOUND, "not-found", null);
        }
        return respond(request, HttpStatus.BAD_REQUEST, "invalid-parameter", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "invalid-parameter", e.getParameterName());
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class})
    ModelAndView validation(HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "invalid-parameter", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse answer) {
        // Spring MVC's own request errors (unacceptable media type, unreadable body…) carry their 4xx status
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            return respond(request, status, status == HttpStatus.NOT_FOUND ? "not-found" : "bad-request", null);
        }
        if (concurrentDuplicate(e)) {
            // the same action sent twice at once (a double click): one did it, the other lost the race on the row's
            // version or a unique key and changed nothing — told so, as a sequential second click is
            log.info("Concurrent duplicate on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getClass().getSimpleName());
            return respond(request, HttpStatus.CONFLICT, "already-done", null);
        }
        if (databaseUnreachable(e)) {
            // PostgreSQL stopped, restarting or out of connections: a clean, translated 503 that asks to come back, the
            // same for every page, while readiness (which includes the database) takes the node out of the balancer
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            ModelAndView unavailable = respond(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", null);
            answer.setHeader("Retry-After", "30");
            return unavailable;
        }
        if (clientGone(e)) {
            // the reader closed the connection mid-answer (a closed tab, a load tester stopping): nothing to answer, nothing wrong here
            log.debug("Client gone during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return null;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null);
    }

    /**
     * An error the servlet container itself handled — thrown in a filter before any controller (the firewall
     * refusing a path, the session store unreachable) or sent as a bare status — answered like the others:
     * a translated page, or a problem document under {@code /api/}.
     */
    ModelAndView containerError(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse answer) {
        if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) == null) {
            // /error asked for directly: there is no such page
            return respond(request, HttpStatus.NOT_FOUND, "not-found", null);
        }
        Object thrown = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Exception e) {
            if (e instanceof org.springframework.security.web.firewall.RequestRejectedException) {
                return respond(request, HttpStatus.BAD_REQUEST, "bad-request", null);
            }
            return unexpected(e, request, answer);
        }
        Object code = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String type = switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN, UNAUTHORIZED -> "forbidden";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONTENT_TOO_LARGE -> "too-large";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "internal-error";
        };
        return respond(request, status, type, null);
    }

    /**
     * Whether {@code e} comes from not reaching the database: no connection within the pool's timeout, a refused
     * or broken connection (SQL state class 08), the server shutting down or starting (57P01–57P03), or a
     * connection the pool closed because of one of those.
     */
    static boolean databaseUnreachable(Throwable e) {
        return anyCause(e, cause -> cause instanceof org.springframework.transaction.CannotCreateTransactionException
                || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                || cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof java.sql.SQLNonTransientConnectionException
                || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))
                // the pool closed a connection the server had ended (PostgreSQL stopping): the rollback that follows the
                // failed query then fails on it, and that rollback failure is what reaches here, without an SQL state
                // (found by DatabaseOutageTests: 500s at the moment the database stopped)
                || cause instanceof java.sql.SQLException closed && "Connection is closed".equals(closed.getMessage()));
    }

    /** Whether {@code e} is a transaction that lost a race with the same one: a stale row version or a duplicate key. */
    static boolean concurrentDuplicate(Throwable e) {
        return anyCause(e, cause -> cause instanceof org.springframework.dao.OptimisticLockingFailureException
                || cause instanceof org.springframework.dao.DuplicateKeyException
                || cause instanceof org.hibernate.StaleStateException
                || cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()));
    }

    /** Whether {@code e} says only that the client went away while the answer was being written. */
    static boolean clientGone(Throwable e) {
        return anyCause(e, cause -> {
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            return name.equals("ClientAbortException") || name.equals("AsyncRequestNotUsableException")
                    || (cause instanceof java.io.IOException && (message.contains("Broken pipe") || message.contains("Connection reset")));
        });
    }

    /** Whether {@code e} or any exception it was caused by passes {@code test}. */
    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private ModelAndView respond(HttpServletRequest request, HttpStatus status, String type, String parameter) {
        return respond(request, status, type, parameter, null);
    }

    private ModelAndView respond(HttpServletRequest request, HttpStatus status, String type, String parameter, String reason) {
        var locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("problem." + type + ".title", null, locale);
        String detail = reason != null ? reason : parameter == null
                ? messages.getMessage("problem." + type + ".detail", null, locale)
                : messages.getMessage("problem.invalid-parameter.detail-named", new Object[]{parameter}, locale);
        if (isApi(request)) {
            ModelAndView problem = new ModelAndView(problemView, Map.of(
                    ProblemView.TYPE, "/problems/" + type,
                    ProblemView.TITLE, title,
                    ProblemView.STATUS, status.value(),
                    ProblemView.DETAIL, detail,
                    ProblemView.INSTANCE, LanguagePaths.requestedPath(request)));
            problem.setStatus(status);
            return problem;
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject(PageContextAdvice.ATTRIBUTE, PageContext.of(request));
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.setStatus(status);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return LanguagePaths.requestedPath(request).startsWith("/api/");
    }
}
