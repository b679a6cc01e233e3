namespace Portal.Domain.Accounts;

/// <summary>
/// Questions a parent can answer the same way for years. Only the ids live here; the wording is in the app's
/// resources. The numbers are stored with each account: never renumber or reuse one, only add.
/// </summary>
public enum SecurityQuestion
{
    FirstPetName = 1,
    CityOfBirth = 2,
    MotherMaidenName = 3,
    FirstSchool = 4,
    ChildhoodBestFriend = 5,
    FirstCarMakeAndModel = 6,
    FavoriteTeacher = 7,
    StreetGrewUpOn = 8,
    FirstJobEmployer = 9,
    FatherMiddleName = 10,
    FavoriteChildhoodBook = 11,
    CityParentsMet = 12,
    OldestCousinFirstName = 13,
    ChildhoodNickname = 14,
}
