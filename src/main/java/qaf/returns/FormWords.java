package qaf.returns;

import qaf.terms.Terms;

/**
 * The words forms use for the framework's bodies and roles: the partnership's own (terms.csv) when
 * it gave them, else the wording the forms have always used mid-sentence ("the business manager",
 * "the board"), so a partnership without terms.csv reads what it always read.
 */
final class FormWords {
    private final Terms terms;

    FormWords(Terms terms) {
        this.terms = terms;
    }

    /** "business manager", or the partnership's word for its business manager. */
    String businessManager() {
        return word("business-manager", "business manager");
    }

    /** "board", or the partnership's word for its board (e.g. "Northvale Safeguarding Children Partnership"). */
    String board() {
        return word("board", "board");
    }

    /** The group single-agency audits are summarised for. */
    String auditSubgroup() {
        return word("audit-subgroup", "partnership's quality assurance subgroup");
    }

    private String word(String term, String framework) {
        return terms.isOwn(term) ? terms.word(term) : framework;
    }
}
