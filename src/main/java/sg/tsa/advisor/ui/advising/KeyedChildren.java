package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.ui.Nodes;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * <p>
 * Parts that go may be kept hidden ({@link #keepingHidden}) where they were, up to a number, instead of taken out: a
 * part that comes back (a near miss shown again after a credential is toggled back) is then shown again as it was,
 * without being styled anew, which taking a node out of the scene and putting it back in costs.
 */
final class KeyedChildren {
    private final Pane parent;
    private final int from;
    private Map<Object, Drawn> drawn = new HashMap<>();
    /** The parts gone but kept hidden, the longest gone first (of those gone together, the first drawn). */
    private final Map<Object, Drawn> hidden = new LinkedHashMap<>();
    private int keptHidden;

    /** @param from the number of leading children (a heading) that are not drawn by key */
    KeyedChildren(Pane parent, int from) {
        this.parent = parent;
        this.from = from;
    }

    /**
     * Keeps up to {@code most} parts that go hidden in the parent (not shown, not laid out) rather than taking them
     * out, the longest gone taken out first.
     */
    KeyedChildren keepingHidden(int most) {
        this.keptHidden = most;
        return this;
    }

    /** The part drawn last time under {@code key}, or kept hidden under it (shown again); null when none. */
    private Drawn before(Object key) {
        Drawn before = drawn.get(key);
        if (before == null) {
            before = hidden.remove(key);
            if (before != null) {
                before.node().setManaged(true);
                before.node().setVisible(true);
            }
        }
        return before;
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
        private final Map<Object, Drawn> next = new LinkedHashMap<>(); // in the order drawn
        private final List<Node> nodes = new ArrayList<>();

        private Drawing() {
        }

        /** The node drawn under {@code key} last time, to be updated in place by the caller; else a new one. */
        <N extends Node> N node(Object key, Class<N> type, Supplier<N> make) {
            Object unique = unique(key);
            Drawn before = before(unique);
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
            Drawn before = before(unique);
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
            Set<Node> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(nodes);
            hide(wanted);
            drawn = next;
            ObservableList<Node> children = parent.getChildren();
            if (children.subList(from, children.size()).equals(nodes)) {
                return;
            }
            Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            hidden.values().forEach(h -> kept.add(h.node()));
            for (int i = children.size() - 1; i >= from; i--) {
                if (!wanted.contains(children.get(i)) && !kept.contains(children.get(i))) {
                    children.remove(i);
                }
            }
            // The parts drawn in their order; a hidden part stays where it is, in between.
            int at = from;
            for (Node node : nodes) {
                while (at < children.size() && kept.contains(children.get(at))) {
                    at++;
                }
                if (at < children.size() && children.get(at) == node) {
                    at++;
                    continue;
                }
                if (node.getParent() == parent) {
                    children.remove(node); // drawn further down before: moved up
                }
                children.add(at++, node);
            }
        }

        /**
         * Hides the parts drawn last time and not now, as many as are kept; the rest is taken out by the caller. A
         * part holding the focus is taken out, never hidden, so that the focus goes where it goes when a part goes
         * ({@code FocusKeeper}).
         */
        private void hide(Set<Node> wanted) {
            if (keptHidden == 0) {
                return;
            }
            Node focused = parent.getScene() == null ? null : parent.getScene().getFocusOwner();
            drawn.forEach((key, part) -> {
                if (!wanted.contains(part.node()) && !next.containsKey(key) && !Nodes.isInside(focused, part.node())) {
                    part.node().setVisible(false);
                    part.node().setManaged(false);
                    hidden.put(key, part);
                }
            });
            for (Iterator<Drawn> oldest = hidden.values().iterator(); hidden.size() > keptHidden; ) {
                oldest.next();
                oldest.remove();
            }
        }
    }
}
