"""The rules: one pure, vectorised rule set per programme, each beside its explanation.

Every programme module (dibao, extreme_poor, temporary, medical, old_age, disability; eu_pack for the EU member
states' minimum-income schemes) has `assess(...)`, which applies the rule to columns of households and returns the
amounts with the intermediate values it used, and `explain(assessment, i, p, lang)`, which turns row `i` of that
result into plain sentences for a case file. Around them:

- `circumstances`: what the rules look at in a household (members by age and disability, income, standard, hukou);
- `minimum_income`: Dibao, or the EU pack a scenario switched on;
- `regular_support`: extreme-poor support replaces Dibao, the one precedence between programmes;
- `entitlements`: one household's entitlements under every programme, with the reasons.

The model, the reference engine and the calculator all call these `assess` functions.
"""
