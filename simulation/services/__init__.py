"""Professional social services bought from (or delivered by) service providers, as seed 003 proposes for
social assistance: who needs which service, who provides it, how the government buys it, and what it changes.

- `provider`: the providers (Mesa agents) and the providers a scenario may list;
- `needs`: seed 003's two classifications of poor households and the needs that follow;
- `purchasing_models`: the five purchasing models and the buyer who lets contracts, supervises and incubates;
- `referral`: assessing need and referring households to providers' waiting lists;
- `voucher`: Taicang's service voucher for older residents;
- `effects`: what the services change in households' lives;
- `district`: the district's services and their month; `figures`: the month's figures.

Switched on by `services.enabled`; the model is then built with a `DistrictServices`.
"""
from simulation.services.district import DistrictServices

__all__ = ["DistrictServices"]
