package allocation

// The 64 ZZP codes of iWlz COD163 (iWlz-codelijsten COD163), one row per
// code: sector, level, label, name and validity. Unchanged in iWlz 2.2-2.4.

import "time"

// The ZZP codes (COD163). The value of a ZZP is its official code.
const (
	ZZP9VVA            ZZP = 190 // 9VV A: Geriatrische revalidatiezorg
	ZZP9VVB            ZZP = 191 // 9VV B: Herstelgerichte behandeling met verpleging en verzorging
	ZZP1VV             ZZP = 750 // 1VV: Beschut wonen met enige begeleiding
	ZZP2VV             ZZP = 751 // 2VV: Beschut wonen met begeleiding en verzorging
	ZZP3VV             ZZP = 752 // 3VV: Beschut wonen met begeleiding en intensieve verzorging
	ZZP4VV             ZZP = 753 // 4VV: Beschut wonen met intensieve begeleiding en uitgebreide verzorging
	ZZP5VV             ZZP = 754 // 5VV: Beschermd wonen met intensieve dementiezorg
	ZZP6VV             ZZP = 755 // 6VV: Beschermd wonen met intensieve verzorging en verpleging
	ZZP7VV             ZZP = 756 // 7VV: Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op begeleiding
	ZZP8VV             ZZP = 757 // 8VV: Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging
	ZZP9VV             ZZP = 758 // 9VV: Herstelgerichte behandeling met verpleging en verzorging
	ZZP10VV            ZZP = 759 // 10VV: Beschermd verblijf met intensieve palliatief-terminale zorg
	ZZP1GGZC           ZZP = 760 // 1GGZ C: Beschermd wonen met begeleiding
	ZZP2GGZC           ZZP = 762 // 2GGZ C: Gestructureerd beschermd wonen met uitgebreide begeleiding
	ZZP3GGZC           ZZP = 764 // 3GGZ C: Beschermd wonen met intensieve begeleiding
	ZZP4GGZB           ZZP = 766 // 4GGZ B: Voortgezet verblijf met intensieve begeleiding en verzorging
	ZZP5GGZB           ZZP = 768 // 5GGZ B: Voortgezet verblijf met intensieve begeleiding en gedragsregulering
	ZZP6GGZB           ZZP = 770 // 6GGZ B: Voortgezet verblijf met intensieve begeleiding, intensieve verpleging en verzorging
	ZZP7GGZB           ZZP = 772 // 7GGZ B: Beveiligd voortgezet verblijf (extreme gedragsproblematiek)
	ZZP1LVG            ZZP = 780 // 1LVG: Wonen met enige behandeling en begeleiding
	ZZP2LVG            ZZP = 781 // 2LVG: Wonen met behandeling en begeleiding
	ZZP3LVG            ZZP = 782 // 3LVG: Wonen met intensieve behandeling en begeleiding, kleine groep
	ZZP4LVG            ZZP = 783 // 4LVG: Wonen met zeer intensieve behandeling en begeleiding
	ZZP5LVG            ZZP = 784 // 5LVG: Besloten wonen met zeer intensieve behandeling en begeleiding
	ZZP1SGLVG          ZZP = 790 // 1SGLVG: Behandeling in een SGLVG-behandelcentrum
	ZZP1VG             ZZP = 800 // 1VG: Wonen met enige begeleiding
	ZZP2VG             ZZP = 802 // 2VG: Wonen met begeleiding
	ZZP3VG             ZZP = 804 // 3VG: Wonen met begeleiding en verzorging
	ZZP4VG             ZZP = 806 // 4VG: Wonen met begeleiding en intensieve verzorging
	ZZP5VG             ZZP = 808 // 5VG: Wonen met intensieve begeleiding en intensieve verzorging
	ZZP6VG             ZZP = 810 // 6VG: Wonen met intensieve begeleiding, verzorging en gedragsregulering
	ZZP7VG             ZZP = 812 // 7VG: (Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering
	ZZP8VG             ZZP = 814 // 8VG: Wonen met begeleiding en volledige verzorging en verpleging
	ZZP1LG             ZZP = 820 // 1LG: Wonen met enige begeleiding en enige verzorging
	ZZP2LG             ZZP = 822 // 2LG: Wonen met begeleiding en enige verzorging
	ZZP3LG             ZZP = 824 // 3LG: Wonen met enige begeleiding en verzorging
	ZZP4LG             ZZP = 826 // 4LG: Wonen met begeleiding en verzorging
	ZZP5LG             ZZP = 828 // 5LG: Wonen met begeleiding en intensieve verzorging
	ZZP6LG             ZZP = 830 // 6LG: Wonen met intensieve begeleiding en intensieve verzorging
	ZZP7LG             ZZP = 832 // 7LG: Wonen met zeer intensieve begeleiding en zeer intensieve verzorging
	ZZP1ZGvis          ZZP = 840 // 1ZGvis: Wonen met enige begeleiding en enige verzorging
	ZZP2ZGvis          ZZP = 842 // 2ZGvis: Wonen met begeleiding en enige verzorging
	ZZP3ZGvis          ZZP = 844 // 3ZGvis: Wonen met intensieve begeleiding en verzorging
	ZZP4ZGvis          ZZP = 846 // 4ZGvis: Wonen met intensieve begeleiding en intensieve verzorging
	ZZP5ZGvis          ZZP = 848 // 5ZGvis: Wonen met zeer intensieve begeleiding en zeer intensieve verzorging
	ZZP1ZGaud          ZZP = 850 // 1ZGaud: Wonen met begeleiding en enige verzorging
	ZZP2ZGaud          ZZP = 852 // 2ZGaud: Wonen met intensieve begeleiding en verzorging
	ZZP3ZGaud          ZZP = 854 // 3ZGaud: Wonen met intensieve begeleiding en intensieve verzorging
	ZZP4ZGaud          ZZP = 856 // 4ZGaud: Wonen met intensieve begeleiding en enige verzorging
	ZZP1GGZB           ZZP = 860 // 1GGZ B: Voortgezet verblijf met begeleiding
	ZZP2GGZB           ZZP = 862 // 2GGZ B: Voortgezet verblijf met structuur en uitgebreide begeleiding
	ZZP3GGZB           ZZP = 864 // 3GGZ B: Voortgezet verblijf met intensieve begeleiding
	ZZP4GGZC           ZZP = 866 // 4GGZ C: Gestructureerd beschermd wonen met intensieve begeleiding en verzorging
	ZZP5GGZC           ZZP = 868 // 5GGZ C: Beschermd wonen met intensieve begeleiding en gedragsregulering
	ZZP6GGZC           ZZP = 870 // 6GGZ C: Beschermd wonen met intensieve begeleiding, intensieve verpleging en verzorging
	ZZP1GGZW           ZZP = 880 // 1GGZ W: Wonen met intensieve begeleiding
	ZZP2GGZW           ZZP = 882 // 2GGZ W: Wonen met intensieve begeleiding en verzorging
	ZZP3GGZW           ZZP = 884 // 3GGZ W: Wonen met intensieve begeleiding en gedragsregulering
	ZZP4GGZW           ZZP = 886 // 4GGZ W: Wonen met intensieve begeleiding, intensieve verpleging en verzorging
	ZZP5GGZW           ZZP = 888 // 5GGZ W: Beveiligd wonen (extreme gedragsproblematiek)
	ZZPWlzIndiceerbaar ZZP = 996 // Wlz-indiceerbaar: Wlz Indiceerbaar
	ZZPPGBIndiceerbaar ZZP = 997 // PGB Wlz-indiceerbaar: PGB: alleen voor start/stop PGB Wlz-indiceerbaren naar het CAK
	ZZPX               ZZP = 998 // ZZPX: Onbepaald zorgzwaartepakket
	ZZP0               ZZP = 999 // ZZP0: Partnerverblijf
)

var zzpRows = [...]zzpRow{
	{code: 190, sector: SectorVV, level: 9, label: "9VV A", name: "Geriatrische revalidatiezorg"},
	{code: 191, sector: SectorVV, level: 9, label: "9VV B", name: "Herstelgerichte behandeling met verpleging en verzorging"},
	{code: 750, sector: SectorVV, level: 1, label: "1VV", name: "Beschut wonen met enige begeleiding"},
	{code: 751, sector: SectorVV, level: 2, label: "2VV", name: "Beschut wonen met begeleiding en verzorging"},
	{code: 752, sector: SectorVV, level: 3, label: "3VV", name: "Beschut wonen met begeleiding en intensieve verzorging"},
	{code: 753, sector: SectorVV, level: 4, label: "4VV", name: "Beschut wonen met intensieve begeleiding en uitgebreide verzorging"},
	{code: 754, sector: SectorVV, level: 5, label: "5VV", name: "Beschermd wonen met intensieve dementiezorg"},
	{code: 755, sector: SectorVV, level: 6, label: "6VV", name: "Beschermd wonen met intensieve verzorging en verpleging"},
	{code: 756, sector: SectorVV, level: 7, label: "7VV", name: "Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op begeleiding"},
	{code: 757, sector: SectorVV, level: 8, label: "8VV", name: "Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging"},
	{code: 758, sector: SectorVV, level: 9, label: "9VV", name: "Herstelgerichte behandeling met verpleging en verzorging"},
	{code: 759, sector: SectorVV, level: 10, label: "10VV", name: "Beschermd verblijf met intensieve palliatief-terminale zorg"},
	{code: 760, sector: SectorGGZC, level: 1, label: "1GGZ C", name: "Beschermd wonen met begeleiding"},
	{code: 762, sector: SectorGGZC, level: 2, label: "2GGZ C", name: "Gestructureerd beschermd wonen met uitgebreide begeleiding"},
	{code: 764, sector: SectorGGZC, level: 3, label: "3GGZ C", name: "Beschermd wonen met intensieve begeleiding"},
	{code: 766, sector: SectorGGZB, level: 4, label: "4GGZ B", name: "Voortgezet verblijf met intensieve begeleiding en verzorging"},
	{code: 768, sector: SectorGGZB, level: 5, label: "5GGZ B", name: "Voortgezet verblijf met intensieve begeleiding en gedragsregulering"},
	{code: 770, sector: SectorGGZB, level: 6, label: "6GGZ B", name: "Voortgezet verblijf met intensieve begeleiding, intensieve verpleging en verzorging"},
	{code: 772, sector: SectorGGZB, level: 7, label: "7GGZ B", name: "Beveiligd voortgezet verblijf (extreme gedragsproblematiek)"},
	{code: 780, sector: SectorLVG, level: 1, label: "1LVG", name: "Wonen met enige behandeling en begeleiding"},
	{code: 781, sector: SectorLVG, level: 2, label: "2LVG", name: "Wonen met behandeling en begeleiding"},
	{code: 782, sector: SectorLVG, level: 3, label: "3LVG", name: "Wonen met intensieve behandeling en begeleiding, kleine groep"},
	{code: 783, sector: SectorLVG, level: 4, label: "4LVG", name: "Wonen met zeer intensieve behandeling en begeleiding"},
	{code: 784, sector: SectorLVG, level: 5, label: "5LVG", name: "Besloten wonen met zeer intensieve behandeling en begeleiding"},
	{code: 790, sector: SectorSGLVG, level: 1, label: "1SGLVG", name: "Behandeling in een SGLVG-behandelcentrum"},
	{code: 800, sector: SectorVG, level: 1, label: "1VG", name: "Wonen met enige begeleiding"},
	{code: 802, sector: SectorVG, level: 2, label: "2VG", name: "Wonen met begeleiding"},
	{code: 804, sector: SectorVG, level: 3, label: "3VG", name: "Wonen met begeleiding en verzorging"},
	{code: 806, sector: SectorVG, level: 4, label: "4VG", name: "Wonen met begeleiding en intensieve verzorging"},
	{code: 808, sector: SectorVG, level: 5, label: "5VG", name: "Wonen met intensieve begeleiding en intensieve verzorging"},
	{code: 810, sector: SectorVG, level: 6, label: "6VG", name: "Wonen met intensieve begeleiding, verzorging en gedragsregulering"},
	{code: 812, sector: SectorVG, level: 7, label: "7VG", name: "(Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering"},
	{code: 814, sector: SectorVG, level: 8, label: "8VG", name: "Wonen met begeleiding en volledige verzorging en verpleging"},
	{code: 820, sector: SectorLG, level: 1, label: "1LG", name: "Wonen met enige begeleiding en enige verzorging"},
	{code: 822, sector: SectorLG, level: 2, label: "2LG", name: "Wonen met begeleiding en enige verzorging"},
	{code: 824, sector: SectorLG, level: 3, label: "3LG", name: "Wonen met enige begeleiding en verzorging"},
	{code: 826, sector: SectorLG, level: 4, label: "4LG", name: "Wonen met begeleiding en verzorging"},
	{code: 828, sector: SectorLG, level: 5, label: "5LG", name: "Wonen met begeleiding en intensieve verzorging"},
	{code: 830, sector: SectorLG, level: 6, label: "6LG", name: "Wonen met intensieve begeleiding en intensieve verzorging"},
	{code: 832, sector: SectorLG, level: 7, label: "7LG", name: "Wonen met zeer intensieve begeleiding en zeer intensieve verzorging"},
	{code: 840, sector: SectorZGvis, level: 1, label: "1ZGvis", name: "Wonen met enige begeleiding en enige verzorging"},
	{code: 842, sector: SectorZGvis, level: 2, label: "2ZGvis", name: "Wonen met begeleiding en enige verzorging"},
	{code: 844, sector: SectorZGvis, level: 3, label: "3ZGvis", name: "Wonen met intensieve begeleiding en verzorging"},
	{code: 846, sector: SectorZGvis, level: 4, label: "4ZGvis", name: "Wonen met intensieve begeleiding en intensieve verzorging"},
	{code: 848, sector: SectorZGvis, level: 5, label: "5ZGvis", name: "Wonen met zeer intensieve begeleiding en zeer intensieve verzorging"},
	{code: 850, sector: SectorZGaud, level: 1, label: "1ZGaud", name: "Wonen met begeleiding en enige verzorging"},
	{code: 852, sector: SectorZGaud, level: 2, label: "2ZGaud", name: "Wonen met intensieve begeleiding en verzorging"},
	{code: 854, sector: SectorZGaud, level: 3, label: "3ZGaud", name: "Wonen met intensieve begeleiding en intensieve verzorging"},
	{code: 856, sector: SectorZGaud, level: 4, label: "4ZGaud", name: "Wonen met intensieve begeleiding en enige verzorging"},
	{code: 860, sector: SectorGGZB, level: 1, label: "1GGZ B", name: "Voortgezet verblijf met begeleiding"},
	{code: 862, sector: SectorGGZB, level: 2, label: "2GGZ B", name: "Voortgezet verblijf met structuur en uitgebreide begeleiding"},
	{code: 864, sector: SectorGGZB, level: 3, label: "3GGZ B", name: "Voortgezet verblijf met intensieve begeleiding"},
	{code: 866, sector: SectorGGZC, level: 4, label: "4GGZ C", name: "Gestructureerd beschermd wonen met intensieve begeleiding en verzorging"},
	{code: 868, sector: SectorGGZC, level: 5, label: "5GGZ C", name: "Beschermd wonen met intensieve begeleiding en gedragsregulering"},
	{code: 870, sector: SectorGGZC, level: 6, label: "6GGZ C", name: "Beschermd wonen met intensieve begeleiding, intensieve verpleging en verzorging"},
	{code: 880, sector: SectorGGZW, level: 1, label: "1GGZ W", name: "Wonen met intensieve begeleiding", from: ymd(2021, time.January, 1)},
	{code: 882, sector: SectorGGZW, level: 2, label: "2GGZ W", name: "Wonen met intensieve begeleiding en verzorging", from: ymd(2021, time.January, 1)},
	{code: 884, sector: SectorGGZW, level: 3, label: "3GGZ W", name: "Wonen met intensieve begeleiding en gedragsregulering", from: ymd(2021, time.January, 1)},
	{code: 886, sector: SectorGGZW, level: 4, label: "4GGZ W", name: "Wonen met intensieve begeleiding, intensieve verpleging en verzorging", from: ymd(2021, time.January, 1)},
	{code: 888, sector: SectorGGZW, level: 5, label: "5GGZ W", name: "Beveiligd wonen (extreme gedragsproblematiek)", from: ymd(2021, time.January, 1)},
	{code: 996, sector: SectorGeen, level: 0, label: "Wlz-indiceerbaar", name: "Wlz Indiceerbaar", from: ymd(2018, time.April, 1), until: ymd(2021, time.January, 1)},
	{code: 997, sector: SectorGeen, level: 0, label: "PGB Wlz-indiceerbaar", name: "PGB: alleen voor start/stop PGB Wlz-indiceerbaren naar het CAK", until: ymd(2021, time.January, 1)},
	{code: 998, sector: SectorGeen, level: 0, label: "ZZPX", name: "Onbepaald zorgzwaartepakket"},
	{code: 999, sector: SectorGeen, level: 0, label: "ZZP0", name: "Partnerverblijf"},
}
