package se.finsam.sus.organisation;

/** An organisation's logo: the image bytes and their content type (image/png or image/jpeg). */
public record Logo(String contentType, byte[] data) {

    public Logo {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
