package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drawing a pane's children by key: kept, moved, replaced and removed as the parts asked for say. */
class KeyedChildrenTest {
    private final Region heading = new Region();
    private final Pane pane = new Pane(heading);
    private final KeyedChildren children = new KeyedChildren(pane, 1);

    private List<Node> draw(String... keysAndContents) {
        KeyedChildren.Drawing drawing = children.draw();
        for (String part : keysAndContents) {
            String[] keyAndContent = part.split("=");
            drawing.leaf(keyAndContent[0], keyAndContent[1], Region::new);
        }
        drawing.done();
        return List.copyOf(pane.getChildren());
    }

    @Test
    void aPartDrawnAgainWithTheSameContentIsTheSameNodeWhereverItMoves() {
        List<Node> first = draw("a=1", "b=1", "c=1");
        List<Node> second = draw("c=1", "a=1", "d=1");

        assertThat(second).hasSize(4).startsWith(heading);
        assertThat(second.get(1)).isSameAs(first.get(3));
        assertThat(second.get(2)).isSameAs(first.get(1));
        assertThat(second.get(3)).isNotIn(first);
        assertThat(first.get(2).getParent()).as("b is gone").isNull();
    }

    @Test
    void aPartWhoseContentChangedIsANewNodeInItsPlace() {
        List<Node> first = draw("a=1", "b=1");
        List<Node> second = draw("a=1", "b=2");

        assertThat(second.get(1)).isSameAs(first.get(1));
        assertThat(second.get(2)).isNotSameAs(first.get(2));
        assertThat(first.get(2).getParent()).isNull();
    }

    @Test
    void aKeyAskedForTwiceGivesTwoNodesAndNodesAskedForInPlaceAreUpdatedByTheCaller() {
        KeyedChildren.Drawing drawing = children.draw();
        Region one = drawing.node("same", Region.class, Region::new);
        Region two = drawing.node("same", Region.class, Region::new);
        drawing.done();
        assertThat(one).isNotSameAs(two);

        KeyedChildren.Drawing again = children.draw();
        assertThat(again.node("same", Region.class, Region::new)).isSameAs(one);
        assertThat(again.node("same", Region.class, Region::new)).isSameAs(two);
        again.done();
        assertThat(pane.getChildren()).containsExactly(heading, one, two);
    }

    @Test
    void drawingNothingLeavesOnlyTheLeadingChildren() {
        draw("a=1", "b=1");
        assertThat(draw()).containsExactly(heading);
    }

    @Test
    void aPartKeptHiddenStaysInPlaceAndComesBackAsTheSameNodeUntilTooManyAreKept() {
        children.keepingHidden(1);
        List<Node> first = draw("a=1", "b=1", "c=1");
        List<Node> second = draw("a=1", "c=1");

        assertThat(second).containsExactly(heading, first.get(1), first.get(2), first.get(3));
        assertThat(first.get(2).isVisible()).as("b hidden").isFalse();
        assertThat(first.get(2).isManaged()).isFalse();

        List<Node> third = draw("a=1", "b=1", "d=1");
        assertThat(third.subList(0, 4)).containsExactly(heading, first.get(1), first.get(2), first.get(3));
        assertThat(first.get(2).isVisible()).as("b shown again").isTrue();
        assertThat(first.get(2).isManaged()).isTrue();
        assertThat(first.get(3).isVisible()).as("c hidden").isFalse();
        assertThat(third.get(4).isVisible()).isTrue();

        List<Node> fourth = draw("d=1");
        assertThat(fourth).as("one kept hidden: the last gone (b); c and a taken out").hasSize(3)
                .doesNotContain(first.get(1), first.get(3));
        assertThat(fourth.get(1)).isSameAs(first.get(2));
        assertThat(fourth.get(1).isVisible()).isFalse();
        assertThat(first.get(1).getParent()).isNull();
        assertThat(fourth.get(2)).isSameAs(third.get(4));
    }
}
