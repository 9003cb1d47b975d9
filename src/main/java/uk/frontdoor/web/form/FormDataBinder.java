package uk.frontdoor.web.form;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** Lets a controller method take the submitted {@link FormData} as a parameter. */
@Singleton
class FormDataBinder implements TypedRequestArgumentBinder<FormData> {

    @Override
    public Argument<FormData> argumentType() {
        return Argument.of(FormData.class);
    }

    @Override
    public BindingResult<FormData> bind(ArgumentConversionContext<FormData> context, HttpRequest<?> source) {
        FormData form = source.getAttribute(RequestBodies.ATTRIBUTE, FormData.class).orElse(new FormData(Map.of()));
        return () -> Optional.of(form);
    }
}
