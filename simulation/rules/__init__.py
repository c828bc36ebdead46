"""The assistance programmes, one rule set each.

Every module has `assess(...)`, which applies the rule to columns of households and returns the amounts with
the intermediate values it used, and `explain(assessment, i, p, lang)`, which turns row `i` of that result into
plain sentences for a case file. The model, the reference engine and the calculator all call `assess`.
"""
