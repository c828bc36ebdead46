"""Community management of enterprise retirees (退休人员社会化管理服务): cost a service package and see what
a community's staff can deliver of it.

After retirement an enterprise retiree is managed by the community where they live, not by the former work unit
(seeds 000 and 001). The Sichuan study set out to estimate the standard cost of this service per community and
proposed a province-wide service package; the Hunan study found too few full-time staff, a high turnover and little
funding. These modules turn that into a calculation a trainer can run:

- `service_package`: the service items (who each is for, how often, staff minutes, other costs) and the package
  file format;
- `community`: a community's retirees by age band and group, and its staff with their turnover;
- `costing`: the standard cost, the staff needed, coverage when staff are short, and costs by community size;
- `simulation.reports.retirees`: the plain-language explanation, tables and charts, and the `carelab package`
  command's output.

    from simulation.retirees import build_package, load_package, settings, typical_community, typical_staff
    p = settings()                                   # parameter values at the studies' date (2009)
    result = build_package(load_package(), typical_community(1200, p), typical_staff(2, p), p)
    result.coverage, result.standard.per_retiree_year, result.cuts
"""
from simulation.retirees.community import Community, Staff, community, typical_community, typical_staff
from simulation.retirees.costing import (
                                         Cost,
                                         PackageResult,
                                         build_package,
                                         managed_retirees,
                                         posts_at_ratio,
                                         standard_costs_by_size,
)
from simulation.retirees.service_package import (
                                         STANDARD_PACKAGE,
                                         STUDY_DATE,
                                         ServiceItem,
                                         ServicePackage,
                                         load_package,
                                         settings,
                                         validated,
)

__all__ = ["Community", "Staff", "community", "typical_community", "typical_staff", "Cost", "PackageResult",
           "build_package", "managed_retirees", "posts_at_ratio", "standard_costs_by_size", "STANDARD_PACKAGE",
           "STUDY_DATE", "ServiceItem", "ServicePackage", "load_package", "settings", "validated"]
