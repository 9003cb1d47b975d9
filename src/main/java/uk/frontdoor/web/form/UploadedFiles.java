package uk.frontdoor.web.form;

import java.util.Map;
import java.util.Optional;

/**
 * The files of a {@code multipart/form-data} form, by field name: the bytes of each (the form's other fields are its
 * {@link FormData}). Read with the rest of the body in the access filter ({@link RequestBodies}); a controller takes
 * it as a parameter. A file field left empty is not here.
 */
public record UploadedFiles(Map<String, byte[]> files) {
    public UploadedFiles {
        files = Map.copyOf(files);
    }

    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
