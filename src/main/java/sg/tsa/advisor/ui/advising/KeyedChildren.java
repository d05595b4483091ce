package sg.tsa.advisor.ui.advising;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The children of a pane, from a given position on, drawn anew on every change of the advice while keeping the
 * nodes that stay: each part is asked for by key, and a key drawn last time gives back the same node. Redrawing
 * then costs styling and laying out only what changed (a full rebuild of the large synthetic catalogue's advice was
 * ~2,000 nodes per change), and a focused or scrolled-to row stays where it is.
 * <p>
 * Use: {@link #draw()}, then ask for the parts in order ({@link Drawing#node}, {@link Drawing#leaf}), then
 * {@link Drawing#done()}. Keys are compared with {@code equals} (an id, or an object of the view model). A key asked
 * for twice in one drawing is numbered, so equal keys never share a node.
 */
final class KeyedChildren {
    private final Pane parent;
    private final int from;
    private Map<Object, Drawn> drawn = new HashMap<>();

    /** @param from the number of leading children (a heading) that are not drawn by key */
    KeyedChildren(Pane parent, int from) {
        this.parent = parent;
        this.from = from;
    }

    Drawing draw() {
        return new Drawing();
    }

    private record Drawn(Node node, Object content) {
    }

    /** The n-th use of a key in one drawing. */
    private record Again(Object key, int n) {
    }

    /** One redraw of the parts. */
    final class Drawing {
        private final Map<Object, Drawn> next = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();

        private Drawing() {
        }

        /** The node drawn under {@code key} last time, to be updated in place by the caller; else a new one. */
        <N extends Node> N node(Object key, Class<N> type, Supplier<N> make) {
            Object unique = unique(key);
            Drawn before = drawn.get(unique);
            N node = before != null && type.isInstance(before.node()) ? type.cast(before.node()) : make.get();
            keep(unique, node, null);
            return node;
        }

        /**
         * A label showing {@code text}: the one drawn last time under {@code key}, its text changed in place when
         * it differs (a new node would be styled anew), else a new one from {@code make}.
         */
        Label text(Object key, String text, Supplier<Label> make) {
            Label label = node(key, Label.class, make);
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
            return label;
        }

        /**
         * A node that shows {@code content} and nothing else: the one drawn last time under {@code key} when its
         * content was equal, else a new one.
         */
        Node leaf(Object key, Object content, Supplier<? extends Node> make) {
            Object unique = unique(key);
            Drawn before = drawn.get(unique);
            Node node = before != null && Objects.equals(before.content(), content) ? before.node() : make.get();
            keep(unique, node, content);
            return node;
        }

        private Object unique(Object key) {
            Object unique = key;
            for (int n = 2; next.containsKey(unique); n++) {
                unique = new Again(key, n);
            }
            return unique;
        }

        private void keep(Object key, Node node, Object content) {
            next.put(key, new Drawn(node, content));
            nodes.add(node);
        }

        /** Puts the parts drawn in the parent in their order, touching only the children that changed. */
        void done() {
            drawn = next;
            ObservableList<Node> children = parent.getChildren();
            if (children.subList(from, children.size()).equals(nodes)) {
                return;
            }
            Set<Node> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(nodes);
            for (int i = children.size() - 1; i >= from; i--) {
                if (!wanted.contains(children.get(i))) {
                    children.remove(i);
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                int at = from + i;
                if (at < children.size() && children.get(at) == node) {
                    continue;
                }
                if (node.getParent() == parent) {
                    children.remove(node); // drawn further down before: moved up
                }
                children.add(at, node);
            }
        }
    }
}
