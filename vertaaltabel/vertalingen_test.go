package vertaaltabel_test

import (
	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/vertaaltabel"
)

// A *Tabel is the caller's vertaaltabel of allocation.Context.
var _ allocation.Vertalingen = (*vertaaltabel.Tabel)(nil)
