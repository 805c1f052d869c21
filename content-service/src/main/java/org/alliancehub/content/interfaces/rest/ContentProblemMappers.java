package org.alliancehub.content.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.alliancehub.content.application.AccountService;
import org.alliancehub.content.application.FileStore;
import org.alliancehub.content.application.IngestionService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.SignInThrottle;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.StillReferenced;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.problem.Problem;

/** Problem details for the content service's own exceptions. */
final class ContentProblemMappers {

    private ContentProblemMappers() {
    }

    /** A refused lifecycle step is a conflict with the material's state; other rules are invalid input. */
    @Provider
    public static class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {
        @Override
        public Response toResponse(DomainRuleViolation violation) {
            if (violation.rule().endsWith("lifecycle")) {
                return Problem.of(409, violation.rule(), "Not allowed in this state", violation.getMessage()).toResponse();
            }
            return new Problem("https://alliancehub.org/problems/" + violation.rule(), "Rule not met", 400,
                    violation.getMessage(), violation.rule()).toResponse();
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound notFound) {
            return Problem.of(404, "not-found", "Not Found", notFound.getMessage()).toResponse();
        }
    }

    /** No token, or one that is no longer valid. */
    @Provider
    public static class NotAuthenticatedMapper implements ExceptionMapper<Caller.NotAuthenticated> {
        @Override
        public Response toResponse(Caller.NotAuthenticated e) {
            return unauthorized(e.getMessage());
        }
    }

    @Provider
    public static class NotAuthorizedMapper implements ExceptionMapper<Caller.NotAuthorized> {
        @Override
        public Response toResponse(Caller.NotAuthorized e) {
            return Problem.forbidden(e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class BadCredentialsMapper implements ExceptionMapper<AccountService.BadCredentials> {
        @Override
        public Response toResponse(AccountService.BadCredentials e) {
            return unauthorized(e.getMessage());
        }
    }

    /** Signed in, but the current password given to change it is wrong. */
    @Provider
    public static class WrongPasswordMapper implements ExceptionMapper<AccountService.WrongPassword> {
        @Override
        public Response toResponse(AccountService.WrongPassword e) {
            return Problem.of(403, "wrong-password", "Forbidden", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class PasswordRefusedMapper implements ExceptionMapper<AccountService.PasswordRefused> {
        @Override
        public Response toResponse(AccountService.PasswordRefused e) {
            return Problem.invalidField(e.field(), e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class SignInUnavailableMapper implements ExceptionMapper<AccountService.SignInUnavailable> {
        @Override
        public Response toResponse(AccountService.SignInUnavailable e) {
            return Problem.of(503, "sign-in-unavailable", "Service Unavailable", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class TooManyAttemptsMapper implements ExceptionMapper<SignInThrottle.TooManyAttempts> {
        @Override
        public Response toResponse(SignInThrottle.TooManyAttempts e) {
            return Response.fromResponse(Problem.of(429, "too-many-attempts", "Too Many Requests", e.getMessage()).toResponse())
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
    }

    @Provider
    public static class StillReferencedMapper implements ExceptionMapper<StillReferenced> {
        @Override
        public Response toResponse(StillReferenced e) {
            return Problem.of(409, "still-referenced", "Still referenced", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class StaleVersionMapper implements ExceptionMapper<StaleVersion> {
        @Override
        public Response toResponse(StaleVersion e) {
            return Problem.of(409, "edit-conflict", "Edit conflict", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class TooLargeMapper implements ExceptionMapper<FileStore.TooLarge> {
        @Override
        public Response toResponse(FileStore.TooLarge e) {
            return Problem.of(413, "payload-too-large", "Payload Too Large", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class UnsupportedTypeMapper implements ExceptionMapper<IngestionService.UnsupportedType> {
        @Override
        public Response toResponse(IngestionService.UnsupportedType e) {
            return Problem.of(415, "unsupported-media-type", "Unsupported Media Type", e.getMessage()).toResponse();
        }
    }

    static Response unauthorized(String detail) {
        return Problem.unauthorizedResponse(detail);
    }

    /** Someone else changed the same thing first. */
    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(409, "edit-conflict", "Edit conflict",
                    "Someone changed this while you were editing it; reload and apply your change again.").toResponse();
        }
    }
}
