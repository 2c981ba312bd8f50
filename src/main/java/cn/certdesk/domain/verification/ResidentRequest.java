package cn.certdesk.domain.verification;

import cn.certdesk.domain.TextInput;

/**
 * R12: a resident's own application with the printed form (无违法犯罪记录核查证明出具申请表).
 *
 * @param purpose    the use: going abroad or emigrating, rights affairs outside the province, or the
 *                   law that requires it
 * @param recipient  the unit the certificate goes to, or the country (region) the applicant goes to
 * @param formNumber the number printed on the application form, which is archived before the
 *                   application may be created
 */
public record ResidentRequest(String purpose, String recipient, String formNumber) {

    public ResidentRequest {
        purpose = TextInput.require("field.ncr.purpose", purpose, UnitRequest.MAX_TEXT);
        recipient = TextInput.require("field.ncr.recipient", recipient, UnitRequest.MAX_TEXT);
        formNumber = TextInput.require("field.ncr.form.number", formNumber, 60);
    }
}
