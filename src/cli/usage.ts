/**
 * The usage lines of every command, apart from the commands themselves: coach.ts prints them
 * all without loading the assistant and the worksheets, which `check` does not need.
 */
export const CHECK_USAGE = `gebruik: coach check [--mode report|worksheet|message] [--json] [--fail-on error|warning] BESTAND|-
       coach check --jsonl BESTAND   (per regel {"id","text","mode"?})`;

export const ASSESS_USAGE = `gebruik: coach assess --worksheet krachteninventarisatie|actieplan [--json] BESTAND|-
       coach assess --jsonl BESTAND [--worksheet …]   (per regel {"id","text","kind"})`;

export const ASK_USAGE = `gebruik: coach ask [--json] "vraag"      (of - om de vraag van standaardinvoer te lezen)
       coach ask --jsonl BESTAND          (per regel {"id","question"})`;
export const CARDS_USAGE = 'gebruik: coach cards [--json]';
