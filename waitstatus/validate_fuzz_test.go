package waitstatus_test

import (
	"errors"
	"testing"

	"github.com/wlzregels/zorgtoewijzing/allocation"
	"github.com/wlzregels/zorgtoewijzing/internal/aliascheck"
	"github.com/wlzregels/zorgtoewijzing/waitstatus"
)

// fuzzValidate checks a Validate entry point on any input: no panic, an
// error only of type *MessageError (and then an empty report), a bounded
// report whose findings all name a rule, a retourcode only for an iWlz
// rule, and locations that are XPaths into the message.
func fuzzValidate(f *testing.F, seed []byte, validate func([]byte) (allocation.Report, error)) {
	f.Add(seed)
	f.Add([]byte("<Bericht/>"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := validate(data)
		aliascheck.Check(t, data, rep, err)
		if err != nil {
			var me *allocation.MessageError
			var re *allocation.ReleaseError
			if !errors.As(err, &me) && !errors.As(err, &re) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if len(rep.Findings) > 0 {
				t.Fatal("findings with an error")
			}
			return
		}
		if len(rep.Findings) > allocation.MaxFindings {
			t.Fatalf("%d findings", len(rep.Findings))
		}
		for _, fd := range rep.Findings {
			if fd.Rule.String() == "" || fd.Message == "" {
				t.Fatalf("finding without rule or message: %+v", fd)
			}
			if fd.Retourcode != "" && fd.Rule.Kind() != allocation.KindIWlz {
				t.Fatalf("retourcode %s on %s", fd.Retourcode, fd.Rule)
			}
			for _, l := range fd.Locaties {
				if len(l) < 8 || l[:8] != "/Bericht" {
					t.Fatalf("location %q", l)
				}
			}
		}
	})
}

func FuzzValidateAW39(f *testing.F) {
	data, err := sampleAW39().Encode()
	if err != nil {
		f.Fatal(err)
	}
	fuzzValidate(f, data, waitstatus.ValidateAW39)
}

func FuzzValidateAW35(f *testing.F) {
	data, err := sampleAW35().Encode()
	if err != nil {
		f.Fatal(err)
	}
	fuzzValidate(f, data, waitstatus.ValidateAW35)
}
