namespace Portal.App.Components.Forms;

/// <summary>Marker for ContactFieldText.resx: the labels and messages of the address and phone fields (<see cref="MailingAddressFields"/>, <see cref="PhoneNumberFields"/>).</summary>
public sealed class ContactFieldText;
