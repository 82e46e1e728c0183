"""The «Møte» panel's documents: the minutes and the decision letters (a screened copy when
Skjermet visning is on), signing the minutes from their preview, and addenda to signed minutes.
A part of MeetingPanel (meeting_panel_base.py says why the panel is in parts)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ..domain import MeetingStatus
from ..services.meetings import MeetingError
from ..store import StoreError
from .meeting_panel_base import MeetingPanelBase
from .qt_translations import translate
from .user_name import user_name


class DocumentsPart(MeetingPanelBase):
    """Minutes, letters, signing and addenda of the meeting chosen."""

    def ask_screened_copy(self, what: str) -> str | None:
        """Skjermet visning is on and a document with names is about to be shown (and could be
        printed or saved from there): ask first. "screened" (the default) for a copy with case
        numbers only, "names" for the document itself, None to show nothing (issue 16 item 8)."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("MeetingPanel", "Skjermet visning er på"),
                          translate("MeetingPanel", "{what} viser søkernes navn og adresser. Skjermen kan være delt "
                                                    "med rommet eller en videosamtale.").format(what=what), parent=self)
        box.setInformativeText(translate("MeetingPanel", "Kopien med bare saksnummer har saksnummer i stedet for navn "
                                                         "og adresser; tekst møtet har skrevet, står som skrevet."))
        screened = box.addButton(translate("MeetingPanel", "Vis &kopi med bare saksnummer"),
                                 QMessageBox.ButtonRole.AcceptRole)
        names = box.addButton(translate("MeetingPanel", "Vis med &navn"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("MeetingPanel", "&Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(screened)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "screened" if clicked is screened else "names" if clicked is names else None

    def show_minutes(self, signing: bool) -> None:
        meeting = self.meetings.get(self.meeting_id)
        choice = "names"
        if self.window_.screened:
            choice = self.ask_screened_copy(translate("MeetingPanel", "Protokollen"))
            if choice is None:
                return
        screened = choice == "screened"
        from ..services.minutes import render_minutes
        from ..services.signing import signed_minutes_pdf

        try:
            if screened:  # signed or not: rendered from the record, never the stored PDF
                pdf = render_minutes(self.workspace.database, self.meeting_id, names=False)
            elif meeting.status is MeetingStatus.SIGNED:
                pdf = signed_minutes_pdf(self.workspace.database, self.meeting_id)
            else:
                pdf = render_minutes(self.workspace.database, self.meeting_id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke lage protokollen"), error)
            return
        title = translate("MeetingPanel", "Protokoll – {title} {date}").format(title=meeting.title,
                                                                               date=f"{meeting.held_on:%d.%m.%Y}")
        name = f"protokoll-{meeting.held_on:%Y-%m-%d}"
        if screened:
            title += " " + translate("MeetingPanel", "(skjermet kopi)")
            name += "-skjermet"
        # Ctrl+G signs from any preview of a closed meeting (Ctrl+P too, as README says); never a screened copy
        self._preview(pdf, title, f"{name}.pdf",
                      meeting.status is MeetingStatus.CLOSED and not self.window_.screened and self.writable)

    def show_letter(self) -> None:
        """The decision letter (vedtaksbrev) of the selected case: names, reasons, klageadgang."""
        case = self.selected_case()
        if case is None or case.decision is None:
            QMessageBox.information(self, translate("MeetingPanel", "Velg en avgjort sak"),
                                    translate("MeetingPanel", "Velg en sak med vedtak på sakslisten først."))
            return
        screened = False
        if self.window_.screened:
            choice = self.ask_screened_copy(translate("MeetingPanel", "Vedtaksbrevet"))
            if choice is None:
                return
            screened = choice == "screened"
        from ..services.issued_letters import issue_letter
        from ..services.letters import render_decision_letter

        try:
            if screened:  # a copy for the screen: not the letter that is sent, so not issued
                pdf = render_decision_letter(self.workspace.database, case.decision.id, names=False)
            else:
                pdf, _ = issue_letter(self.workspace.database, case.decision.id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke lage vedtaksbrevet"), error)
            return
        title = translate("MeetingPanel", "Vedtaksbrev – sak {case}").format(case=case.applicant.case_no)
        name = f"vedtak-{case.applicant.case_no.replace('/', '-')}"
        if screened:
            title += " " + translate("MeetingPanel", "(skjermet kopi)")
            name += "-skjermet"
        self._preview(pdf, title, f"{name}.pdf")

    def _preview(self, pdf: bytes, title: str, file_name: str, can_sign: bool = False) -> None:
        from .minutes_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, title, file_name, can_sign=can_sign, parent=self)
        dialog.signRequested.connect(lambda: self._sign(dialog))
        dialog.exec()
        dialog.deleteLater()

    def _sign(self, dialog) -> None:
        """Ctrl+G in the preview: choose who signs and confirm; then the minutes are frozen."""
        from ..services.signing import sign_minutes
        from .signers_dialog import SignersDialog

        record = self.meetings.record(self.meeting_id)
        chooser = SignersDialog(record, dialog)
        chosen = chooser.exec()
        chair_id, secretary_id, confirmations = chooser.chair_id, chooser.secretary_id, chooser.confirmations
        chooser.deleteLater()
        if not chosen:
            return
        try:
            meeting = sign_minutes(self.workspace.database, self.meeting_id, chair_id=chair_id,
                                   secretary_id=secretary_id, confirmations=confirmations, previewed=dialog.pdf)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke signere"), error)
            return
        dialog.accept()
        self._fill_chooser(select=self.meeting_id)
        names = ", ".join(s.name for s in self.meetings.record(self.meeting_id).signed_by)
        self.window_.statusBar().showMessage(
            translate("MeetingPanel", "Protokollen er signert {date} kl. {time} av {names}. Møtet kan ikke lenger "
                      "endres.").format(date=f"{meeting.signed_at:%d.%m.%Y}", time=f"{meeting.signed_at:%H:%M}",
                                        names=names), 30000)

    def add_addendum(self) -> None:
        if self._refused_read_only():
            return
        from ..services.signing import add_addendum
        from .meeting_dialogs import TextDialog

        # Asked before the text is typed: an addendum names who wrote it, a person, not the login.
        author = user_name(self)
        if not author:
            QMessageBox.information(self, translate("MeetingPanel", "Tillegget er ikke ført"),
                                    translate("MeetingPanel", "Et tillegg til protokollen sier hvem som førte det. "
                                              "Skriv navnet ditt for å føre tillegget."))
            return
        dialog = TextDialog(translate("MeetingPanel", "Tillegg til signert protokoll"),
                            translate("MeetingPanel", "Hva retter eller legger tillegget til? (Tillegget dateres og får sin egen protokollside.)"),
                            self)
        ok, text = bool(dialog.exec()), dialog.text()
        dialog.deleteLater()
        if not ok or not text.strip():
            return
        try:
            add_addendum(self.workspace.database, self.meeting_id, text, author)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke føre tillegget"), error)
            return
        self.refresh()
