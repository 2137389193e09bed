package overbrugging

import "github.com/wlzregels/zorgtoewijzing/allocation"

// rlz2015BijlageC is the omzettingstabel of Regeling langdurige zorg 2015
// Bijlage C (Rlz 2015 Bijlage C), one row per ZZP: the klassen of PV, VP,
// BG-IND and BG-GRP. "-" in the source is an absent function (-1 here); a
// BG-GRP value counts for the "ook begeleiding groep" variant (dagbesteding),
// for LVG and SGLVG always. 758 (9VV, the code before the split into 9a and
// 9b) takes the 9b row.
var rlz2015BijlageC = [...]struct {
	zzp              allocation.ZZP
	pv, vp, bgi, bgg int8
}{
	{750, 1, 1, 2, -1}, // 1VV
	{751, 3, 2, 1, -1}, // 2VV
	{752, 4, 1, 2, -1}, // 3VV
	{753, 4, 2, 3, -1}, // 4VV
	{754, 4, 3, 4, -1}, // 5VV
	{755, 4, 3, 4, -1}, // 6VV
	{756, 4, 3, 6, -1}, // 7VV
	{757, 5, 3, 7, -1}, // 8VV
	{191, 5, 2, 4, -1}, // 9bVV
	{758, 5, 2, 4, -1}, // 9VV
	{759, 7, 5, 4, -1}, // 10VV
	{860, 1, 0, 3, 4},  // 1GGZ B
	{862, 1, 0, 4, 4},  // 2GGZ B
	{864, 1, 0, 5, 4},  // 3GGZ B
	{766, 3, 1, 4, 4},  // 4GGZ B
	{768, 2, 1, 5, 5},  // 5GGZ B
	{770, 4, 2, 5, 4},  // 6GGZ B
	{772, 3, 2, 7, 5},  // 7GGZ B
	{780, 2, -1, 4, 1}, // 1LVG
	{781, 2, -1, 6, 1}, // 2LVG
	{782, 4, -1, 6, 1}, // 3LVG
	{783, 5, -1, 7, 2}, // 4LVG
	{784, 5, -1, 7, 2}, // 5LVG
	{790, 3, -1, 7, 3}, // 1SGLVG
	{800, 2, -1, 3, 5}, // 1VG
	{802, 2, -1, 4, 5}, // 2VG
	{804, 1, -1, 5, 6}, // 3VG
	{806, 2, 0, 5, 6},  // 4VG
	{808, 4, 1, 5, 7},  // 5VG
	{810, 2, -1, 6, 8}, // 6VG
	{812, 4, 0, 7, 9},  // 7VG
	{814, 7, 2, 3, 7},  // 8VG
	{820, 2, 0, 4, 6},  // 1LG
	{822, 4, 0, 4, 6},  // 2LG
	{824, 4, 0, 3, 7},  // 3LG
	{826, 4, 0, 4, 6},  // 4LG
	{828, 5, 1, 4, 7},  // 5LG
	{830, 6, 2, 4, 6},  // 6LG
	{832, 6, 2, 5, 5},  // 7LG
	{840, 2, -1, 3, 6}, // 1ZGvis
	{842, 2, -1, 5, 5}, // 2ZGvis
	{844, 3, 1, 5, 5},  // 3ZGvis
	{846, 6, 1, 5, 7},  // 4ZGvis
	{848, 6, 1, 6, 7},  // 5ZGvis
	{850, 1, -1, 5, 8}, // 1ZGaud
	{852, 5, 2, 7, 9},  // 2ZGaud
	{854, 7, 3, 7, 9},  // 3ZGaud
	{856, 3, -1, 7, 7}, // 4ZGaud
}
