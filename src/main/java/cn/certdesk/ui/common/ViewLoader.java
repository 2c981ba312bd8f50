package cn.certdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML ({@code XxxView.fxml} beside {@code XxxView} under src/main/resources) with
 * the given controller instance, which the composition root has constructed with its view model.
 */
public final class ViewLoader {

    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Parent load(Object view) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("missing FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(requested -> {
            if (requested.isInstance(view)) {
                return view;
            }
            throw new IllegalStateException(fxml + " asks for controller " + requested.getName());
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Messages messages() {
        return messages;
    }
}
