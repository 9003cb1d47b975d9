package uk.frontdoor.web.view;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.context.MessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** User-facing text lives in bundles under {@code i18n/}: one for the shared pages, one per audience. */
@Factory
class Messages {
    @Singleton
    @Named("common")
    MessageSource common() {
        return new ResourceBundleMessageSource("i18n.messages");
    }

    @Singleton
    @Named("enquiry")
    MessageSource enquiry() {
        return new ResourceBundleMessageSource("i18n.enquiry");
    }

    @Singleton
    @Named("applicant")
    MessageSource applicant() {
        return new ResourceBundleMessageSource("i18n.applicant");
    }

    @Singleton
    @Named("support")
    MessageSource support() {
        return new ResourceBundleMessageSource("i18n.support");
    }

    @Singleton
    @Named("staff")
    MessageSource staff() {
        return new ResourceBundleMessageSource("i18n.staff");
    }

    @Singleton
    @Named("events")
    MessageSource events() {
        return new ResourceBundleMessageSource("i18n.events");
    }

    @Singleton
    @Named("pages")
    MessageSource pages() {
        return new ResourceBundleMessageSource("i18n.pages");
    }
}
