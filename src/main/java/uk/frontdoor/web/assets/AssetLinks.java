package uk.frontdoor.web.assets;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.views.thymeleaf.LinkBuilder;
import jakarta.inject.Singleton;
import org.thymeleaf.context.IExpressionContext;

/** Every {@code @{...}} link in a template that names an asset is written with its content's hash ({@link Assets}). */
@Singleton
@Replaces(LinkBuilder.class)
public class AssetLinks extends LinkBuilder {
    private final Assets assets;

    public AssetLinks(HttpServerConfiguration server, Assets assets) {
        super(server);
        this.assets = assets;
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        return super.processLink(context, assets.url(link));
    }
}
