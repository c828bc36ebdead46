"""Module 5, learning from EU models (notebooks/module5/eu_models.py): seven member states' minimum-income schemes
beside Dibao.

Everything here goes through the rules the model runs by: the rule packs of datasets/parameters/eu/, applied by
`simulation.rules.eu_pack` and carried over to Dachuan in one of two stated ways (`relative_to_standard`: a single
adult gets the local Dibao standard, so only the design is compared; `share_of_median`: the same share of the local
median income as at home), the household calculator (`simulation.analysis.calculator`), and comparisons on the
same simulated households (`simulation.analysis.comparison`). The module only arranges them for a room of
practitioners:

1. `schemes`: the schemes side by side (`schemes_frame` in figures, `schemes_table` in words, `sources_table`:
   where each figure comes from), and why a bare exchange rate misleads (`exchange_rate_view`);
2. `household`: one household under Dibao and under each scheme (`amounts`), and a scheme named as a person would;
3. `district`: a small district under Dibao and under one scheme (`compare`, `key_figures`, `gainers_table`);
4. `features`: the EU delivery features one at a time on Dachuan's Dibao (`FEATURES`, `feature_effect`);
5. `figures`: the charts of all four; `widgets`: `HouseholdComparison`, `DistrictComparison` (which keeps every
   run it has made, so going back to a choice is instant) and `DeliveryFeatures`.
"""
