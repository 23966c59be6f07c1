"""Correlates of War (COW) state codes, as Archigos uses them, to ISO 3166 alpha-3 codes.

The table covers every ``ccode`` in Archigos 4.1. Where one COW state is more than one ISO country over
time, ``COW_PERIODS`` lists the codes with the first day each applies from:

* 365 Russia: the Soviet Union (``SUN``) until the USSR was dissolved on 1991-12-26, then ``RUS``;
* 345 Yugoslavia: ``YUG`` until Serbia and Montenegro (``SCG``) was proclaimed on 2003-02-04;
* 816 Vietnam (North): ``VDR`` until reunification on 1976-07-02, then ``VNM``
  (817, the Republic of Vietnam, is ``VNM``, its ISO 3166 code of 1974).

States with no ISO code (Bavaria, Austria-Hungary, Transvaal, Orange Free State, Zanzibar, Tibet, the
Korean kingdom before 1910, Annam, Kosovo) map to None: their leaders are kept, without a country code.
Renamed states keep their present code (Dahomey is ``BEN``, Upper Volta ``BFA``, Zaire ``COD``);
West Germany (260) is ``DEU``, as it was in ISO 3166, and East Germany (265) ``DDR``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

_TABLE = """
2:USA 20:CAN 31:BHS 40:CUB 41:HTI 42:DOM 51:JAM 52:TTO 53:BRB 70:MEX 80:BLZ 90:GTM 91:HND 92:SLV 93:NIC
94:CRI 95:PAN 100:COL 101:VEN 110:GUY 115:SUR 130:ECU 135:PER 140:BRA 145:BOL 150:PRY 155:CHL 160:ARG
165:URY 200:GBR 205:IRL 210:NLD 211:BEL 212:LUX 220:FRA 225:CHE 230:ESP 235:PRT 245:- 255:DEU 260:DEU
265:DDR 290:POL 300:- 305:AUT 310:HUN 315:CSK 316:CZE 317:SVK 325:ITA 338:MLT 339:ALB 340:SRB 341:MNE
343:MKD 344:HRV 345:YUG 346:BIH 347:- 349:SVN 350:GRC 352:CYP 355:BGR 359:MDA 360:ROU 365:RUS 366:EST
367:LVA 368:LTU 369:UKR 370:BLR 371:ARM 372:GEO 373:AZE 375:FIN 380:SWE 385:NOR 390:DNK 395:ISL 402:CPV
404:GNB 411:GNQ 420:GMB 432:MLI 433:SEN 434:BEN 435:MRT 436:NER 437:CIV 438:GIN 439:BFA 450:LBR 451:SLE
452:GHA 461:TGO 471:CMR 475:NGA 481:GAB 482:CAF 483:TCD 484:COG 490:COD 500:UGA 501:KEN 510:TZA 511:-
516:BDI 517:RWA 520:SOM 522:DJI 530:ETH 531:ERI 540:AGO 541:MOZ 551:ZMB 552:ZWE 553:MWI 560:ZAF 563:-
564:- 565:NAM 570:LSO 571:BWA 572:SWZ 580:MDG 581:COM 590:MUS 600:MAR 615:DZA 616:TUN 620:LBY 625:SDN
626:SSD 630:IRN 640:TUR 645:IRQ 651:EGY 652:SYR 660:LBN 663:JOR 666:ISR 670:SAU 678:YEM 679:YEM 680:YMD
690:KWT 692:BHR 694:QAT 696:ARE 698:OMN 700:AFG 701:TKM 702:TJK 703:KGZ 704:UZB 705:KAZ 710:CHN 711:-
712:MNG 713:TWN 730:- 731:PRK 732:KOR 740:JPN 750:IND 760:BTN 770:PAK 771:BGD 775:MMR 780:LKA 781:MDV
790:NPL 800:THA 811:KHM 812:LAO 815:- 816:VNM 817:VNM 820:MYS 830:SGP 835:BRN 840:PHL 850:IDN 860:TLS
900:AUS 910:PNG 920:NZL 940:SLB 950:FJI
"""

COW_TO_ISO3: Final[dict[int, str | None]] = {
    int(code): (iso if iso != "-" else None) for code, iso in (pair.split(":") for pair in _TABLE.split())
}

COW_PERIODS: Final[dict[int, tuple[tuple[dt.date, str], ...]]] = {
    365: ((dt.date.min, "SUN"), (dt.date(1991, 12, 26), "RUS")),
    345: ((dt.date.min, "YUG"), (dt.date(2003, 2, 4), "SCG")),
    816: ((dt.date.min, "VDR"), (dt.date(1976, 7, 2), "VNM")),
}


def iso_periods(ccode: int) -> tuple[tuple[dt.date, str | None], ...]:
    """The ISO codes of a COW state over time: ``((from_day, code), ...)``, the first from ``date.min``."""
    if ccode in COW_PERIODS:
        return COW_PERIODS[ccode]
    return ((dt.date.min, COW_TO_ISO3.get(ccode)),)


def iso_on(ccode: int, day: dt.date) -> str | None:
    """The ISO alpha-3 code of COW state ``ccode`` on ``day`` (None when it has none)."""
    found: str | None = None
    for start, code in iso_periods(ccode):
        if day >= start:
            found = code
    return found
