package qaf.compose;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.Agency;
import qaf.document.Block;

/**
 * The "Moderation panel" section of the schools' and single agency audit overviews (framework
 * sections 6 and 7: four invited to a peer review panel), worded as the Section 11 overview's.
 */
public final class ModerationPanel {
    /** How many the framework invites. */
    static final int INVITED = 4;

    private ModerationPanel() {
    }

    /**
     * @param one e.g. "school", {@code many} "schools"
     * @param what e.g. "this cycle"
     */
    public static List<Block> blocks(List<Agency> invited, String one, String many, String what) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Moderation panel"));
        if (invited.isEmpty()) {
            blocks.add(new Block.Paragraph("No " + one + " was invited to the moderation panel in " + what + "."));
            return blocks;
        }
        blocks.add(new Block.Paragraph(Cells.count(invited.size(), one + " was", many + " were")
                + " invited to the moderation panel" + (invited.size() == INVITED ? ":"
                        : " (the framework invites " + INVITED + "):")));
        blocks.add(new Block.Bullets(invited.stream().map(ModerationPanel::name).toList()));
        return blocks;
    }

    private static String name(Agency a) {
        return a.name().endsWith("(" + a.code() + ")") ? a.name() : a.name() + " (" + a.code() + ")";
    }
}
