"""Module 3, designing a service package (notebooks/module3/service_package.py): the standard package of a
community's enterprise retirees, what it costs and what is cut first when staff are short or leave; and the care
package of a district's Dibao households, by the need module 2's rules name, at the budget a trainer sets.
`simulation.retirees` and `simulation.services` hold the rules.

- `analysis`: coverage of a community's package as staff turnover rises (statutory duties are served first), and
  the Dibao households' care needs, hours, social workers and cost;
- `figures`: the turnover chart and the care package's coverage, waiting and months waited;
- `package_builder`: `PackageBuilder`, the retirees' package with its community, staff and items to change;
- `widgets`: `CarePackage`, the Dibao households' care package run at a chosen budget.
"""
