package org.alliancehub.web.infrastructure.client.workspace;

/** The content service's answer to a sign-in: a signed bearer token and when it stops being valid. */
public record IssuedToken(String token, String tokenType, String expiresAt) {

    /** Never printed: the token is a credential. */
    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
