package allocation

// ValidateAW33 reads an AW33 message and judges all of it.
func ValidateAW33(data []byte) (Report, error) {
	m, rep, err := DecodeAW33(data)
	if err != nil {
		return Report{}, err
	}
	aw33Domain(m, &rep)
	return rep, nil
}
