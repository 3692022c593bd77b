package qaf.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dataset small enough for tests that run whole builds, several times, in child JVMs: one
 * evaluation of three cases, three agencies, a few chronology entries. The children's names are here
 * so tests can prove that logs and reports never carry them.
 */
public final class SmallDataset {
    public static final String CHILD_NAME = "Ruairí";

    private SmallDataset() {
    }

    /** Writes the dataset's CSV files into {@code dir} and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "partnership.csv", "name,short_name,area\n"
                + "Kestrel Vale Safeguarding Children Partnership,Kestrel Vale SCP,Kestrel Vale\n");
        write(dir, "agencies.csv", "code,name,sector\n"
                + "KVP,Kestrel Vale Police,police\nCSC,Children's Social Care,social-care\n"
                + "YJS,Youth Justice Service,youth-justice\n");
        write(dir, "children.csv", "child_ref,given_name,family_name,date_of_birth\n"
                + "CH1,Zoë,Wiśniewska,14/03/2009\nCH2," + CHILD_NAME + ",Ó Súilleabháin,2011-07-30\n"
                + "CH3,Aisha,Rahman,2008-01-05\n");
        write(dir, "cases.csv", "case_ref,child_ref,case_type,opened_on\n"
                + "C1,CH1,cp,2017-01-10\nC2,CH2,cin,2017-05-02\nC3,CH3,cic,2015-02-02\n");
        write(dir, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect,2018-05-08,2018-05-18\n");
        write(dir, "evaluation_cases.csv", "evaluation_ref,case_ref\nE1,C1\nE1,C2\nE1,C3\n");
        write(dir, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade\n"
                + "E1,C1,KVP,good\nE1,C1,CSC,good\nE1,C1,YJS,requires-improvement\nE1,C2,CSC,good\n"
                + "E1,C3,KVP,outstanding\nE1,C3,CSC,requires-improvement\n");
        write(dir, "chronology.csv", "case_ref,agency_code,entry_ref,date,time,event,source,child_voice,action,key_event\n"
                + "C1,KVP,1,2018-01-02,09:00,Report of concern at the door,Police log,\"Said \"\"I'm scared\"\"\",,yes\n"
                + "C1,CSC,1,2018-02,,Home visit,CSC record,,Visit,\n"
                + "C2,CSC,1,2018-03-04,,Assessment started,CSC record,,,\n"
                + "C3,KVP,1,2017-11-20,,Missing episode reported,Police log,,Return interview,yes\n");
        return dir;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
