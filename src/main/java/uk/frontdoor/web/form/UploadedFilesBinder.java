package uk.frontdoor.web.form;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** Lets a controller method take the files of a submitted multipart form ({@link UploadedFiles}) as a parameter. */
@Singleton
class UploadedFilesBinder implements TypedRequestArgumentBinder<UploadedFiles> {

    @Override
    public Argument<UploadedFiles> argumentType() {
        return Argument.of(UploadedFiles.class);
    }

    @Override
    public BindingResult<UploadedFiles> bind(ArgumentConversionContext<UploadedFiles> context, HttpRequest<?> source) {
        UploadedFiles files = source.getAttribute(RequestBodies.FILES, UploadedFiles.class)
                .orElse(new UploadedFiles(Map.of()));
        return () -> Optional.of(files);
    }
}
