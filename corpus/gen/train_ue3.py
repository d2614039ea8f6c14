"""train/ue3: surface noise across every category, part 3 (Brackmouth CLP, a seaside and
poultry-factory town on the Somerset coast of the Bristol Channel). All content hand-written.

West Country voices, Brummie retirees from the caravan parks, Welsh members who came over
the water for work, Portuguese and Polish factory workers, Sri Lankan Tamil shopkeepers, a
Sudanese refugee family; dictation, autocorrect, txt-speak and caps. 44 non-threats across
every category but safety (hard negatives among them: "the death of this town", "knock 'em
dead", "shoot me a text", "this heat is killin me", "hit the doors", a fire-alarm notice),
then 16 safety messages in the same voices, where the noise hides the menace."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import Corpus  # noqa: E402

c = Corpus("train", "ue3", seed=6703)
c.clp = ("Brackmouth CLP", "Gemma Tozer", "secretary@brackmouthlabour.org.uk")
P = c.person
SEC = "Gemma Tozer <secretary@brackmouthlabour.org.uk>"

# ============================================================ complaint (6)

# 1 West Country, Esplanade toilets and seafront parking, death of the town
c.add("complaint", subject="Esplanade toilets", sender=P("Roy", "Chedzoy", "btinternet.com"),
      tags=("noisy", "dialect", "hard-negative", "metaphor"),
      body="""Now then Gemma my lover

I been a Labour man all my life same as my father and his father on the docks, so you'll forgive me for sayin it straight. What in the world be our councillors thinkin of, lettin the council shut the toilets on the Esplanade AND put the seafront parkin up to four pound? In the summer? When the only thing keepin this town goin is the grockles?

I was down the front Saturday and there was a coach of old dears from Bristol wanderin up and down lookin for a toilet with their legs crossed. The café lady let 'em use hers and she's fed up to the back teeth of it. She told me straight, "Roy, if this carries on I'm shuttin by Easter."

It'll be the death of this town I'm tellin 'ee. The death of it. And it'll be Labour as gets the blame because 'tis Labour runnin the council.

I want Roger Chidgey to come and explain hisself at the Quayside branch. Not send a letter. Come in person, proper job.

Roy Chedzoy
Quayside""")

# 2 Brummie retiree in the caravan park, ignored for six months
c.add("complaint", also=["query"], subject="Sunnyvale park - six months waitin", sender=P("Pauline", "Hadley", "hotmail.co.uk"),
      tags=("noisy", "dialect", "confuser", "complaint-as-query"),
      body="""Ow am ya Gemma, Pauline from Sunnyvale Park here, I come to the branch meetin in May with me husband Trev, we'm the ones from Erdington.

Back in May I asked Cllr Pengelly about the site fees goin up 18 per cent and the owners sayin we got to replace our park homes after 15 year or get out. She said she'd "take it up with the council" and let us know. Six month later we ay heard a dicky bird. I've emailed her three times. Nothin.

There's 140 of us on that park, all pensioners, and we'm all in a right state about it. We come down here to retire, not to be fleeced. I ay being funny but if this was a posh estate in Brack Down I reckon she'd have been round by now.

So what's happenin? Has anybody actually done anythin? Or do we have to go to the papers?

Tara a bit
Pauline Hadley""")

# 3 Welsh English, chair shouting at Gwen, see you at the AGM
c.add("complaint", subject="Tuesday's GC - Martin's behaviour", sender=P("Rhodri", "Bevan", "gmail.com"),
      tags=("noisy", "dialect", "hard-negative", "angry"),
      body="""Gemma,

I've got to say something about Tuesday, I've been tamping about it all week.

When Gwen Harris got up to speak against the budget report Martin cut her off after about thirty seconds, told her she was "going round the houses" and then had a go at her in front of everybody about her "attitude". She's seventy-eight, mun. She's been in the party longer than he's been alive near enough. She went home in tears, her daughter rang me.

That's not how you chair a meeting, is it. Not in any party I've been in, and I was in Pontypridd CLP twenty year before I came over here for the power station job.

I'd like this raised with the EC, and I'd like Martin to say sorry to Gwen, properly, not a text. If he won't, fair play, I'll see him at the AGM and we'll have it out in front of the members. There's a fair few of us feel the same, now.

Rhodri Bevan
Kilnbury""")

# 4 Portuguese factory worker, MP's immigration speech
c.add("complaint", subject="About the speech of Dan Hosegood in the radio", sender=P("Joana", "Ferreira", "sapo.pt"),
      tags=("noisy", "non-native"),
      body="""Good afternoon,

My name is Joana, I am working 9 years in the Westcombe Foods (chicken factory) in Brackmouth, and I am member of Labour from 2023 because my colleague from the union explain me.

Yesterday in the BBC Somerset radio our MP Dan Hosegood say that the "migrant workers are pushing down the wages for local people" and the town "must be for local people first". I stay very sad and also very angry when I listen this. We are the people who work in the night in the cold in the factory so the local people have chicken in the supermarket. Our wages are low because the company pay low, not because we are here.

Many Portuguese people in Brackmouth vote for him last time because I ask them. Now they ask me why. I don't know what to answer.

I want to know if this is the opinion of the party or only of him. And I want that he come to speak with the workers of the factory. Actually we are more than 300 Portuguese and Polish there.

Obrigada,
Joana Ferreira
Marsh Lane""")

# 5 Tamil shopkeeper, business rates, "will kill the small business"
c.add("complaint", subject="Business rates - kindly revert", sender=P("Sivakumar", "Rajendran", "yahoo.co.uk"),
      tags=("noisy", "non-native", "hard-negative", "metaphor"),
      body="""Dear Madam,

I am Sivakumar, owner of Siva Convenience Store on Higher Town Road for 14 years. I am Labour voter always and my wife also.

This new business rates relief cut itself is very bad for us. From April my rates are going from £2,100 to £4,900 per year. Same time the electricity is double, the wages is going up, the shoplifting is every day. This policy will kill the small business only. The big Tesco will not feel anything. Already the hardware shop and the shoe repair are closed on our road.

I have written to Mr Dan Hosegood MP two times. I received only the standard letter "thank you for your email". Kindly explain me why the Labour government is doing this to the small shopkeepers who are the backbone of the town. Kindly revert at the earliest.

Thanks and regards,
R. Sivakumar""")

# 6 txt-speak caps, councillor's Facebook post
c.add("complaint", subject="cllr prosser's post", sender=("Tyler Baker", "tylerbakerr@icloud.com"),
      tags=("noisy", "txt-speak", "caps", "hard-negative", "angry"),
      body="""have u seen wot dai prosser shared on fb last nite?? the meme about "boat people"?? DISGUSTING. hes a labour councillor!!! my nan is from jamaica n came on a boat in 1961 so wot does that make her. i screenshotted it b4 he deleted it. i want him suspended or at least told off properly n im gonna make sure everyone in sandpits knows wot he posted if nothing happens. actually so angry rn""")

# ============================================================ query (7)

# 7 West Country one-liner
c.add("query", subject="", sender=P("Bert", "Tucker", "talktalk.net"),
      tags=("noisy", "dialect", "no-punctuation"),
      body="""where's the meetin to thursday is it the methodist or the railway""")

# 8 Sudanese refugee, can he join
c.add("query", subject="Question about to join the Labour", sender=P("Osman", "Elhassan", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Hello brother or sister,

My name is Osman, I am from Sudan, I come to UK 2022 and I get the refugee status last year, now I live in Brackmouth with my wife and 3 children in Marsh Lane. 

I want to ask if I can join the Labour party. I do not have British passport yet. In Sudan I was the teacher and I was in the union before the war. I like to help the community here and also to learn about the politic in UK.

If I can join, how much I must bay every month? I am working in the warehouse now, the salary is not big.

Thank you very much and God bless you.
Osman Elhassan""")

# 9 dictation, large print agenda
c.add("query", subject="Large print agenda", sender=P("Dorothy", "Gulliver", "aol.com"),
      tags=("noisy", "dictation"),
      body="""Dear Gemma this is Dorothy gulliver from brack down I am speaking this into my computer because of my macular so please excuse the mistakes

could I possibly have the general committee papers in large print please font size 18 or bigger. I cannot read the ones that come by email even when I make them bigger on the screen because the tables go off the side.

Also could I have them posted to me at 4 Coombe rise rather than by email if that is not too much trouble. I am quite happy to pay the stamps

thank you dear
Dorothy""")

# 10 Portuguese, false friend "pretend", union link
c.add("query", subject="I pretend to join a branch", sender=P("Rui", "Carvalho", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Hello,

I am already member of the party online, since September. Now I pretend to join a branch to participate more, but I don't know which one is mine, I live in Sandpits, Rua... sorry, Quarry Lane number 22.

Other question: in the factory we have the union (Unite) but I am not sure if the union and the Labour is the same thing or different. My colleague say if I pay the union I am paying Labour also. Is true?

Thank you for the attention,
Rui Carvalho""")

# 11 txt-speak, dress code for the gala dinner
c.add("query", subject="gala dinner", sender=("Maisie Pugh", "maisiepugh04@gmail.com"),
      tags=("noisy", "txt-speak"),
      body="""hiii is there like a dress code for the gala dinner at the pavilion?? my mum says its posh but she thinks everything is posh lol. also is it ok to bring my bf hes not a member, n do we pay on the nite or b4. thx!!""")

# 12 Welsh English, membership card never came
c.add("query", subject="Membership card - never come", sender=P("Gareth", "Prys", "outlook.com"),
      tags=("noisy", "dialect"),
      body="""Alright Gemma,

Gareth here, I transferred over from Cardiff West back in the summer when I started at the power station. Paid up and everything. Card never come though, and I'm not on the branch emails either, Rhodri had to tell me about the GC.

Who do I need to chase, is it you or is it London? I'll do it now in a minute if you give me the number. Tidy.

Cheers butt
Gareth""")

# 13 Brummie, assistance dog
c.add("query", subject="Can I bring Poppy", sender=P("Sharon", "Yardley", "live.co.uk"),
      tags=("noisy", "dialect"),
      body="""Hiya bab,

I've just moved down from Kingstanding to be near me daughter and I'd like to come to the Marsh Lane branch meetin next week. I'm registered blind and I've got a guide dog, Poppy, she's ever so good, she just lays under the chair. Will that be alright at the hall? Some places get funny.

And is there a bus that stops near, or can somebody give us a lift?

Ta ra
Sharon""")

# ============================================================ procedural (7)

# 14 Tamil treasurer, annual accounts for the AGM
c.add("procedural", subject="Annual accounts for AGM - kindly place in agenda", sender=P("Sunil", "Rajaratnam", "gmail.com"),
      tags=("noisy", "non-native"), fmt="alt",
      body="""Dear Gemma,

Please find the CLP annual accounts for year ending 31st December, for presenting at the AGM. Kindly do the needful and place them under "Treasurer's report" in the AGM agenda, and circulate with the papers 7 days before as per standing orders.

Summary:
- Opening balance: £6,240.15
- Total income: £9,880.40 (membership allocation £3,102, fundraising £4,611, donations £2,167.40)
- Total expenditure: £10,305.77 (by-election £5,410, hall hire £1,260, printing £2,980, other £655.77)
- Closing balance: £5,814.78

The accounts are examined by Mr P. Northcott (retired accountant, not officer). His signed letter is also attached.

One point kindly note: the expenditure is more than income by £425. This is due to by-election itself. I will explain the same in the meeting.

Thanks and regards,
Sunil Rajaratnam
Treasurer, Brackmouth CLP""")

# 15 West Country branch secretary, apologies and second homes motion, typos
c.add("procedural", subject="Quayside motion + apols", sender=P("Janet", "Chidgey", "btinternet.com"),
      tags=("noisy", "dialect", "typos"),
      body="""Gemma

Apols from me and Roger for EC Monday, tis our anniversery and he's promised me a meal out for once in forty year.

Motion from Quayside for GC, passed 12-0 last night:

"This GC notes that one in five houses in Quayside ward is now a second home or holiday let, that young familys cant afford to rent in the town they grew up in, and that the primary school on Harbour Hill has lost 40 pupils in five year.

This GC calls on the Labour group to use the councils powers to charge the full 100% second homes premium on council tax and to ring fence the money for local housing.

This GC will send this motion to the regional policy forum."

Proposed Janet Chidgey, seconded Roy Chedzoy.

Janet""")

# 16 Welsh English, nomination for chair
c.add("procedural", subject="Nomination for CLP Chair - Bethan Lloyd", sender=P("Rhodri", "Bevan", "gmail.com"),
      tags=("noisy", "dialect"),
      body="""Gemma,

Kilnbury branch met last night and agreed to nominate Bethan Lloyd for CLP Chair at the AGM. She's agreed to stand. Proposer me, seconder Gareth Prys. Form's signed by the branch chair and secretary, I'll drop it round yours now in a minute, or put it through the door of the office Saturday.

I know it'll be a contest with Martin standing again. That's democracy, isn't it. Just want it done properly and the ballot counted in the room, like the rules say.

Diolch,
Rhodri""")

# 17 Sudanese member, motion on Sudan, asking about format
c.add("procedural", also=["query"], subject="Motion about Sudan for GC - please help with the format", sender=P("Amira", "Abdelrahman", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Gemma,

I am member in Marsh Lane branch. In our branch meeting last week we agree a motion about the war in Sudan, for the GC. But nobody in the branch know the correct format, so I write it how I think. Please can you correct it and tell me if it is acceptable.

MOTION: THE FORGOTTEN WAR IN SUDAN

This GC notice that the war in Sudan is the biggest displacement crisis in the world, more than 12 millions people leave their home, and famine is in many area, especially in Darfur and El Fasher.

This GC believe that Britain have special responsibility because of the history and because UK is the "penholder" for Sudan in the UN Security Council.

This GC call for: the government to increase the humanitarian aid, to stop any arms sale which can reach the RSF, and to open safe route for Sudanese refugees to join their families in the UK.

Proposed: Amira Abdelrahman. Seconded: Osman Elhassan.

The branch vote was 9 for, 0 against.

Thank you very much,
Amira""")

# 18 txt-speak apologies, "knock em dead"
c.add("procedural", subject="apols EC", sender=("Maisie Pugh", "maisiepugh04@gmail.com"),
      tags=("noisy", "txt-speak", "hard-negative", "benign-violent-word"),
      body="""apols for EC 2nite, got a uni deadline at midnite n im dying lol. pls mark me down as sending apologies (youth officer). my report is: young labour did 2 sessions on the doors in sandpits, 9 of us, next one is sat. knock em dead 2nite xx""")

# 19 Portuguese, nomination for women's conference delegate
c.add("procedural", subject="Candidate for delegate of Women Conference", sender=P("Joana", "Ferreira", "sapo.pt"),
      tags=("noisy", "non-native"),
      body="""Hello Gemma,

I want to put my name as candidate for delegate to the Labour Women's Conference. Kerry Pengelly say to me that the CLP elect the delegate in the next GC and I need somebody to nominate me.

Kerry will nominate me and Ayesha Farouk will second, both agree already (they can confirm you by email).

Is necessary to write a statement? If yes, how many words? I want to speak in the conference about the women workers in the food factories, the night shifts and the childcare.

Obrigada,
Joana""")

# 20 caps elderly, minutes are wrong
c.add("procedural", subject="MINUTES ARE WRONG", sender=P("Harold", "Puddy", "aol.com"),
      tags=("noisy", "caps"),
      body="""DEAR MRS TOZER

THE MINUTES OF THE SEPTEMBER GC SAY I GAVE APOLOGIES. I DID NOT. I WAS THERE. I SAT IN THE SECOND ROW AND I SPOKE ON THE BUS MOTION. IT IS EVEN IN THE MINUTES THAT "A MEMBER" SPOKE ABOUT THE NUMBER 21 BUS. THAT WAS ME. PLEASE CORRECT IT BEFORE THEY ARE APPROVED AS I HAVE NOT MISSED A GC SINCE 1991 AND I DO NOT INTEND TO START NOW.

H. PUDDY
HIGHER TOWN""")

# ============================================================ urgent (6)

# 21 West Country caretaker, fire alarm failed, Pavilion shut tonight
c.add("urgent", subject="Pavilion - cant open tonight", sender=P("Clive", "Sparkes", "brackmouthpavilion.co.uk"),
      tags=("noisy", "dialect", "hard-negative", "benign-violent-word"),
      body="""Gemma, Clive at the Pavilion. Bad news my 'ansum. The fire alarm panel failed its check this afternoon and the fire officer says we can't have the public in the building till it's fixed. Engineer can't come till Monday. That means your hustings tonight at 7 is off in here, I'm ever so sorry. Not my decision, 'tis the fire regs.

The Railway Inn have a function room upstairs, might be worth ringin Dawn. Or the Methodist. Let me know and I'll stick a notice on the door pointin folk the right way.

Clive""")

# 22 Tamil print shop closing for Deepavali
c.add("urgent", subject="Leaflets collection before 8am tomorrow only", sender=("Lanka Print & Copy", "lankaprint.brackmouth@gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Gemma madam,

Your 3,000 leaflets for Kilnbury ward are ready. Kindly note that tomorrow our shop will be closed full day and day after also for Deepavali festival. I will be at the shop early morning tomorrow from 6.30 to 8.00 only, to give your leaflets. After 8am nobody will be there till Monday.

Kindly send somebody with car before 8am tomorrow. Payment can be done later itself, no problem.

Thanks and regards,
Murugan
Lanka Print & Copy, Station Road""")

# 23 Brummie, minibus driver ill
c.add("urgent", subject="no driver for tomorra", sender=P("Trevor", "Hadley", "hotmail.co.uk"),
      tags=("noisy", "dialect", "typos"),
      body="""Gemma its Trev (Paulines husband). Bad news, Keith who was drivin the minibus for the Kilnbury action day tomorra mornin has gone down with the norovirus, he's been bad all night bless him. I cor drive it meself, I ay got the D1 on me licence. 

Anyone else got the right licence? Needs to be at the depot 8.30 to pick it up. Otherwise the 12 from Sunnyvale cant get there, we'm all pensioners. Ring me 07700 930 415 tonight if you find someone.

Trev""")

# 24 txt-speak, counting agent dropped out, names by noon tomorrow
c.add("urgent", subject="counting agents!!!", sender=("Tyler Baker", "tylerbakerr@icloud.com"),
      tags=("noisy", "txt-speak", "caps"),
      body="""gemma the returning officer needs the names of our counting agents by 12 TOMORROW n 2 of ours have pulled out (one has covid one has work). we need 6 n we only got 4. the count is fri nite at the leisure centre from 10pm. if we dont get names in by noon we only get 4 in the room. can u ask on the members whatsapp, i can do the form if u send me names + addresses""")

# 25 Portuguese, factory meeting moved to 7am tomorrow, need interpreter
c.add("urgent", subject="Tomorrow 7am meeting in factory - change of time", sender=P("Rui", "Carvalho", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Hello Gemma,

The manager of Westcombe Foods just tell us the meeting with Mr Hosegood and the workers is changed from Friday afternoon to tomorrow morning 7:00, before the shift, in the canteen. He say is the only time possible for the company.

Joana was going to translate to Portuguese but tomorrow she work in another site. Can you find somebody who speak Portuguese and can come at 6:45? I can translate a little but not good for politics things. Also please confirm to MP office the new time, they don't answer the phone after 5.

Rui""")

# 26 dictation, press release must go out by 4 today
c.add("urgent", subject="Press relief today", sender=P("Kerry", "Pengelly", "brackmouthlabour.org.uk"),
      tags=("noisy", "dictation", "autocorrect"),
      body="""Gemma driving so dictating. The press relief about the Sunnyvale park homes needs to go out by 4 today or the Mercury won't have it for tomorrow's paper. Release not relief.

I've done a draft it's in the shared folder called Sunnyvale final final. Can you check the quote from Dan is the one his office signed off and then send it to the news desk at the Mercury and Somerset live. I can't do it I'm at the hospital with mum all afternoon and no signal in the ward.

Thank you thank you
Kerry""")

# ============================================================ data-protection (7)

# 27 West Country, ex-directory, how did you get my address
c.add("data-protection", subject="your letter", sender=P("Mervyn", "Pople", "btinternet.com"),
      tags=("noisy", "dialect", "confuser", "dp-no-legal-words"),
      body="""Dear Sir or Madam

I had a letter from 'ee Saturday, addressed to me by name, "Dear Mervyn, as a Labour supporter in Quayside..."

I ent never been a Labour supporter. I ent never told nobody how I vote, not even the wife. I'm ex-directory and I don't go on the internet hardly. So where did 'ee get my name and address from and who told 'ee I was a supporter? I want to know and I want it took off whatever list 'tis on.

M. Pople""")

# 28 Sudanese woman, her story in the newsletter without permission
c.add("data-protection", subject="My story in your newsletter - I did not agree", sender=P("Amira", "Abdelrahman", "hotmail.com"),
      tags=("noisy", "non-native", "confuser", "dp-no-legal-words"),
      body="""Dear Gemma,

I see today the CLP newsletter "Brackmouth Red" which is also on the website. On page 2 there is my name, my photo, my street (Marsh Lane) and my story how I escape from Khartoum, how my brother was killed, how I come to the UK.

I tell this story to Cllr Farouk in private, when she visit me for housing problem. I never agree that it go in a newsletter or internet. My family in Sudan is still there, some people from the militia can read this and know who I am. This is very dangerous for them.

Please remove it from the website today and do not print more. And please tell me who decide to put it.

Amira""")

# 29 Brummie, late husband still getting post
c.add("data-protection", subject="Please stop writin to my Den", sender=P("Maureen", "Aston", "sky.com"),
      tags=("noisy", "dialect", "confuser", "dp-no-legal-words"),
      body="""Hello,

My husband Dennis Aston passed in March. I rung up in April and told a young man and he said he'd sort it. Since then Den has had two letters from yow and a birthday card from the branch "Happy 80th Den, from all at Brackmouth Labour". It was a lovely thought but it set me right off, I was in bits all afternoon.

Please take him off everythin. And please take my phone number off too, it's the same one, I don't want the calls.

Maureen Aston""")

# 30 Portuguese subject access, RGPD
c.add("data-protection", subject="Pedido de acesso / Subject access request", sender=P("Tiago", "Almeida", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Good morning,

According to the law of protection of data (in Portugal we call RGPD, in UK is GDPR), I request a copy of all the personal data that the Brackmouth Labour Party have about me: name, contacts, notes of canvassing, if I am marked as "Portuguese" or "EU", my voting intention, everything, and also who have access and for how much time you keep it.

I ask because in the elections a volunteer say me "you are on my list as EU citizen, you can only vote in the local". How the volunteer know my nationality?

I wait the answer in the legal time (one month).

Best regards,
Tiago Almeida
Sandpits""")

# 31 txt-speak, ex can see her new address on the rota
c.add("data-protection", subject="pls take my address off the rota", sender=("Kayla Norris", "kaylanorrisx@outlook.com"),
      tags=("noisy", "txt-speak", "confuser", "dp-no-legal-words"),
      body="""hi gemma, the leafleting rota thats been sent round on the members whatsapp has my new address on it as the pick up point for higher town. my ex is in that group. i moved in july n he doesnt kno where i live n i need it to stay like that, theres a reason. can u take it off n send a new one round asap n ask ppl to delete the old one. pls dont say why in the group""")

# 32 Welsh landlord found a canvass clipboard in the pub
c.add("data-protection", subject="Left in the pub", sender=P("Huw", "Rowlands", "therailwayinnbrackmouth.co.uk"),
      tags=("noisy", "dialect"),
      body="""Hiya,

Huw at the Railway here. One of your lot left a clipboard on the bench in the beer garden Saturday after the canvass. I had a look to see whose it was and it's got a big list of names and addresses off Kilnbury, with ticks and crosses and bits like "LD - wife Lab", "won't vote - drinks", "angry about hospital". Some of them are my regulars, mind.

I've put it behind the bar in an envelope so no one else reads it. Come and fetch it whenever. Might want to have a word with whoever it was, isn't it.

Huw""")

# 33 Tamil, why is my address on your website
c.add("data-protection", subject="Why my home address is in your website", sender=P("Sunil", "Rajaratnam", "gmail.com"),
      tags=("noisy", "non-native", "confuser", "dp-no-legal-words"),
      body="""Dear Gemma,

Today my daughter was searching my name in Google and the first result is the Brackmouth Labour website "Contact your branch" page, with my full home address and my mobile number, as the contact for Higher Town branch. I was branch secretary 2019-2021 only. Nobody is asking me before putting it.

Kindly remove this immediately. Last week some unknown person came to my house asking about "Labour money", now I understand how he found the house.

Thanks and regards,
Sunil""")

# ============================================================ other (7)

# 34 West Country thanks, RNLI fundraiser
c.add("other", subject="Saturday", sender=P("Pat", "Venn", "btinternet.com"),
      tags=("noisy", "dialect"),
      body="""Gemma my bird

Just wanted to say what a proper job Saturday was. £612 for the lifeboat from a Labour Party coffee mornin, who'd have thought it! Cap'n Jory said 'twas the most they'd had from a do this year. The cream teas went in an hour, I should've done twice as many scones.

See 'ee at the Christmas do,
Pat""")

# 35 Brummie personal news, retiring to Spain
c.add("other", subject="tara a bit", sender=P("Gordon", "Whitehouse", "hotmail.co.uk"),
      tags=("noisy", "dialect"),
      body="""Gemma

Just to let you know me and Val are off to Spain in the new year for good, her sister's got a place near Alicante and the damp in the caravan's doin me chest no favours. So I'll be standin down as Sandpits branch chair at the AGM, sorry to leave yer in the lurch.

Been a bostin few year down here. Thanks for everythin bab. If any of yow are ever out Torrevieja way, the first round's on me.

Tara a bit
Gordon""")

# 36 Tamil, invitation to Thai Pongal
c.add("other", subject="Invitation - Thai Pongal celebration", sender=P("Kamala", "Sivakumar", "yahoo.co.uk"),
      tags=("noisy", "non-native"), fmt="html",
      body="""Vanakkam Gemma and all friends,

The Brackmouth Tamil Community Association is cordially inviting you and all Labour party members to our Thai Pongal harvest festival celebration on Saturday 17th January, from 11am, in the Higher Town Community Hall.

There will be the cooking of Pongal (sweet rice) in the traditional pot, kolam drawing for children, Bharatanatyam dance and vegetarian lunch for all. No charge.

Kindly inform the MP Mr Dan Hosegood also, last year he promised to come but could not. We will be very happy if he can come this time itself.

With warm regards,
Kamala Sivakumar
Secretary, BTCA""")

# 37 misdirected Portuguese, meant for the GP surgery
c.add("other", subject="Marcação de consulta / appointment", sender=P("Ana", "Sousa", "hotmail.com"),
      tags=("noisy", "non-native"),
      body="""Good morning doctor,

I need appointment for my son Gabriel (date of birth 03/05/2019), he have fever from 3 days and pain in the ear. The telephone is always busy in 8 o'clock. Is possible today in the afternoon? Any doctor is ok.

Thank you,
Ana Sousa
07700 932 661""")

# 38 txt-speak, heat is killing me, hit the doors, target ward
c.add("other", subject="today lol", sender=("Tyler Baker", "tylerbakerr@icloud.com"),
      tags=("noisy", "txt-speak", "hard-negative", "benign-violent-word"),
      body="""ok this heat is literally killin me, 31 degrees n we did 4 hrs in sandpits. got sunburnt on 1 arm lol. but got loads of good ones. its def a target ward. gonna hit the doors again tmrw at 10 if ur free, shoot me a text. also we need more water bottles next time pls""")

# 39 Welsh sales pitch, rosettes and merch
c.add("other", subject="Rosettes, tabards, the lot - cracking price", sender=("Dewi Morgan", "dewi@valleysprintandmerch.co.uk"),
      tags=("noisy", "dialect"), fmt="alt",
      body="""Shwmae Gemma,

Dewi here from Valleys Print & Merch in Newport. Met a couple of your lot at regional conference, Rhodri I think, lovely boy, said you were short of rosettes and tabards for the May elections.

We do the lot: red rosettes with your candidates' names on (£2.10 each over 100), hi-vis tabards with "Brackmouth Labour" front and back (£6.50), tote bags, the works. Proper quality mind, not the rubbish that falls apart in the first shower. Done them for half the CLPs in South Wales.

Give us a bell and I'll do you a tidy deal if you get the order in before Christmas.

Diolch,
Dewi Morgan
07700 933 520""")

# 40 Sudanese, thanks to the councillor for housing help
c.add("other", subject="Thank you to Cllr Ayesha", sender=P("Osman", "Elhassan", "gmail.com"),
      tags=("noisy", "non-native"),
      body="""Dear Gemma,

Please give my big thanks to Cllr Ayesha Farouk. Because of her help we move last week to a new flat with 3 bedroom, no more mould, and the children have their own room for the first time since we leave Sudan. My wife was crying from happy.

I never think a politician will come to my house 4 times to help. In my country this is not happening. God bless her and God bless all of you.

Osman and family""")

# ============================================================ bulk (4)

# 41 dictated auto-reply, "on leaf"
c.add("bulk", subject="Automatic reply: Kilnbury leaflet round", sender=P("Dai", "Prosser", "brackmouthlabour.org.uk"),
      headers=c.autoreply_headers("exchange"),
      tags=("noisy", "dictation", "dialect", "confuser", "robot-no-list-headers"),
      body="""Thank you for your e-mail. I am currently on leaf until Monday 24th. For urgent casework please contact the council contact centre on 0300 123 4567. For party matters please contact Gemma toes her at the CLP.

Cllr Dai Prosser
Kilnbury Ward""")

# 42 list digest with noisy posts, shoot me a text
c.add("bulk", subject="[brackmouth-members] Digest for brackmouth-members@googlegroups.com - 3 updates in 2 topics", sender=("brackmouth-members", "brackmouth-members+noreply@googlegroups.com"),
      headers=c.list_headers("brackmouth-members", domain="googlegroups.com"),
      tags=("noisy", "list", "txt-speak", "hard-negative", "benign-violent-word"),
      body="""brackmouth-members@googlegroups.com
Today's topic summary

Group: http://groups.google.com/group/brackmouth-members/topics

  * lifts to the GC - 2 Updates
  * Christmas do - 1 Update

=============================================================================
Topic: lifts to the GC
=============================================================================

---------- 1 of 2 ----------
From: Bert Tucker
Date: Tue, 7:14PM

anybody goin from quayside thursday got a spare seat, my car's in the garage again

---------- 2 of 2 ----------
From: Maisie Pugh
Date: Tue, 8:02PM

i can take 2 from quayside bert!! shoot me a text 07700 934 118 n ill pick u up at the bus shelter 6.40

=============================================================================
Topic: Christmas do
=============================================================================

---------- 1 of 1 ----------
From: Pat Venn
Date: Tue, 9:30PM

tickets £15 at the railway, buffet an a disco. bring a raffle prize if 'ee can. the disco man from last year is booked again god help us

--
You received this digest because you're subscribed to updates for this group. To unsubscribe, send an email to brackmouth-members+unsubscribe@googlegroups.com.""")

# 43 Portuguese community association newsletter, badly translated
c.add("bulk", subject="Boletim / Newsletter - Associação Luso-Brackmouth - Dezembro", sender=("Associação Luso-Brackmouth", "boletim@lusobrackmouth.org"),
      headers=c.newsletter_headers("Mailchimp"), fmt="html",
      tags=("noisy", "non-native"),
      html_body="""<html><body style="font-family:Verdana;font-size:14px"><h2>Newsletter of December - Luso-Brackmouth Association</h2>
<p>Dear associates and friends,</p>
<p>We arrive to the end of one more year full of achievements! Follow below the news of the month.</p>
<p><b>Christmas Dinner (Consoada)</b><br>The traditional dinner with bacalhau and the sweets of Christmas will realise on day 20 of December in the Methodist Hall, at 19h. Inscriptions until day 15 with the Dona Fátima. Price: 12 pounds adults, children until 10 years do not pay.</p>
<p><b>Support to the workers</b><br>Our juridical cabinet continues to attend the workers of the factories each Tuesday, about contracts, hours extras and the settled status. Do not stay without knowing your rights!</p>
<p><b>Meeting with the politicians</b><br>In November the direction of the association was received by representants of the Labour party and the Liberal party. We presented the problems of the transport for the night shifts. We will give more informations in the next newsletter.</p>
<p><b>Classes of English</b><br>The classes of English for adults return in January, in the Marsh Lane library, the Wednesdays at 18h30. Is free.</p>
<p>Good holidays to all and a prosperous New Year!<br>The Direction</p>
<p style="font-size:10px;color:#999">Recebeu este email porque é associado. / You received this email because you are associate. <a href="https://lusobrackmouth.org/unsubscribe">Cancelar subscrição / Unsubscribe</a></p>
</body></html>""",
      body="")

# 44 marketing from a takeaway, broken English
c.add("bulk", subject="SPECIAL OFFER!!! For all Labour Party members 15% DISCAUNT", sender=("Marsh Lane Kebab & Pizza", "offers@marshlanekebab.co.uk"),
      headers=c.newsletter_headers("Mailerlite"), fmt="alt",
      tags=("noisy", "non-native", "caps"),
      body="""SPECIAL OFFER!!!

DEAR VALUED CUSTOMER

Marsh Lane Kebab & Pizza is happy to offer 15% DISCAUNT for all the members of Labour party and other party also, for your meeting, your election night, your party!!

* Large pizza + chips + 1.5L drink = £14.99
* Mix kebab family platter (feed 4 person) = £24.99
* FREE DELIVERY for order over £20 in Brackmouth area

For your big order (more than 10 pizza) please call 1 day before so we can prepare everything hot and fresh.

Use the code LABOUR15 on our website or tell on the phone.

Open 7 days, 4pm to 1am. Halal.

To stop receive this offers click here: unsubscribe""")

# ============================================================ safety (16)

# S1 West Country, explicit, moorings
c.add("safety", subject="chidgey", sender=("Quay Man", "quayman.brack@gmail.com"),
      tags=("noisy", "dialect", "explicit", "implicit", "no-punctuation"),
      body="""you tell that chidgey from me he's sold the harbour moorins to they second home lot an my boy's lost his berth after thirty year. i knows where he keeps his little boat an i knows what time he walks the dog on the sea wall of a mornin. next time i see him down there i'll do 'ee proper my lover he'll be feedin the crabs. you tell him""")

# S2 Brummie, explicit, MP
c.add("safety", subject="Hosegood", sender=("Gaz", "gazza.kingstanding@hotmail.co.uk"),
      tags=("noisy", "dialect", "explicit", "caps"),
      body="""Your MP come on the telly sayin pensioners in caravans am "not a priority". NOT A PRIORITY. Me mom's 84 and she's in one of them vans with black mould up the walls. If I see that Hosegood in Brackmouth I'll bost his 'ead open on the pavement, I ay jokin. He does his surgery at the library first Saturday, ar? I'll be there. Tell him.""")

# S3 Welsh English, conditional, fire
c.add("safety", subject="The Esplanade hotel", sender=P("Lyndon", "Beynon", "outlook.com"),
      tags=("noisy", "dialect", "conditional", "veiled"),
      body="""Gemma,

I've said my piece at the branch and nobody listened so I'll say it here.

If that hotel on the Esplanade goes ahead as a hostel in the new year, you'll have a fire on your hands, butt. And I don't mean a row in the Mercury. I mean a fire. There's boys in this town ready for it and I won't be stopping them. You can tell Dai Prosser and all, seeing as he lives two doors down from it.

Your lot have been warned now, so it's on you, isn't it.

L Beynon""")

# S4 Portuguese member reports threat at the factory
c.add("safety", subject="Please help - a man in the factory threaten me", sender=P("Joana", "Ferreira", "sapo.pt"),
      tags=("noisy", "non-native", "third-party-report", "explicit"),
      body="""Gemma, I am sorry to write this.

Since I speak in the GC and my name is in the Mercury about the meeting with Mr Hosegood, one supervisor in the factory (not the manager, a line supervisor, English, big man) is making my life difficult. Yesterday in the car park after the night shift, 6am, he stop me next to my car and he say: "you and your Labour friends stirring up the foreigners. Go one more time to those meetings and I break your legs. I know where is your house, Coombe Terrace, I pass every day."

He say it very calm, not shouting. Nobody else was there.

I am very scared to go to work tonight. I have two children at home. I don't know if I must tell HR, the union, or the police. I dont want to lose my job. Please, what do you think I do?

Joana""")

# S5 Tamil treasurer reports stalking, photos of his house
c.add("safety", subject="Somebody watching my house - kindly advise", sender=P("Sunil", "Rajaratnam", "gmail.com"),
      tags=("noisy", "non-native", "stalking", "third-party-report", "implicit"),
      body="""Dear Gemma,

Further to my email about the website, the situation is becoming serious itself.

For one week there is a man in a dark blue car parking opposite my house in the evenings, 7pm to 9pm, sometimes with a camera. Three times he took photos of the house. On Tuesday I received by post (no name, Bristol postmark) printed photos of my house, my car and my wife coming out from the temple, with message "NICE FAMILY SUNIL. WHERE IS THE MONEY." Yesterday he was outside my shop when I was closing.

I am the treasurer only, I am not doing anything wrong with the money, the accounts are examined.

My wife is not sleeping. Kindly advise what the party is doing in these matters. I have given the car registration to the police (WK19 something, partial).

Thanks and regards,
Sunil""")

# S6 Nextdoor notification doxxing councillor Ayesha Farouk
c.add("safety", subject="New post in Marsh Lane & Sandpits: \"Who let this happen?\"", sender=("Nextdoor", "no-reply@rs.email.nextdoor.co.uk"),
      headers=c.newsletter_headers("Nextdoor"),
      tags=("noisy", "social", "doxxing", "veiled", "pile-on"),
      body="""Nextdoor Marsh Lane & Sandpits

Craig from Marsh Lane posted:
"Who let this happen?"
Cllr Ayesha Farouk is the one who pushed for them Sudanese to get the new flats on Coombe Rise while local families wait 6 years. She lives on Gorse Close, number 14, the one with the green door and the pushchair in the porch. Thought people might want to go round and have a word. A proper word.

14 replies:
Donna from Sandpits: shes got a baby hasnt she. be a shame
Lee from Brack Down: been past. lights on. car on the drive 👀
Craig from Marsh Lane: plenty of us around. she cant hide in there forever

See all replies on Nextdoor

You're receiving this email because you're a member of Marsh Lane & Sandpits on Nextdoor. Unsubscribe or change your email settings.""")

# S7 webform, symbol-broken, sh00t and h@ng
c.add("safety", subject="New submission: Contact Brackmouth Labour", sender=c.form_robot(),
      reply_to=("patriot", "brackpatriot88@proton.me"),
      tags=("noisy", "symbol-broken", "webform", "explicit", "wish-harm", "caps"),
      body=c.webform({
          "Name": "patriot",
          "Email": "brackpatriot88@proton.me",
          "Postcode": "TA",
          "Message": """tr@itors the lot of you. farouk prosser hosegood. in a proper country you'd be lined up and sh00t. h@ng them off the pier i say and leave them for the gulls. the day is COMING and we have a list and YOUR on it gemma. see you at the count""",
      }, form="Contact Brackmouth Labour"))

# S8 txt-speak, veiled, secretary locking up alone
c.add("safety", subject="weds", sender=("x", "watchinu2026@outlook.com"),
      tags=("noisy", "txt-speak", "veiled", "implicit", "stalking"),
      body="""we no wot time u lock up the office on weds gemma. 9.15 ish. on ur own. back door by the bins. cars parked round the corner on harbour hill. no one about that time of nite is there. c u soon x""")

# S9 forwarded text message, councillor Dai Prosser (Welsh), "burn"
c.add("safety", subject="Fw: text from unknown number", sender=P("Dai", "Prosser", "brackmouthlabour.org.uk"),
      tags=("noisy", "dialect", "forwarded", "third-party-report", "explicit"),
      body=c.forward(
          """Gemma, got this last night, 2am. Screenshot typed out below cos the phone won't forward it. I know I've not been the most popular lately over that daft post, and I've said sorry for it, but this is something else, isn't it. Wife's in bits. Rung the police this morning, they've given me a number. Thought the party should know and all.

Dai""",
          """Text from +44 7700 936 204, 02:07:

ur a race traitor prosser u went n apologised to them lot. well u n ur precious hotel r gonna burn together. we no ur the 2 doors down. sleep well taff""",
          "Dai Prosser <cllr.dai.prosser@gmail.com>", "text from unknown number", style="outlook"))

# S10 suspicious item, West Country caretaker, holdall under the stage
c.add("safety", subject="bag left under the stage", sender=P("Ken", "Loader", "gmail.com"),
      tags=("noisy", "dialect", "suspicious-item", "third-party-report"),
      body="""Gemma, Ken at the Methodist. When I was lockin up after your lot last night I found a black holdall pushed right in under the stage, behind the chairs. Weren't there before the meetin. Zipped shut, heavy, and I could hear summat in it goin tick tick tick. I ent touched it. 

I've rung the police on 999 and they've shut the road and got the army bomb lot comin from Taunton. I'm stood out the front now. Thought you'd want to know straight off, and you might want to tell whoever was at that meetin last night in case anyone saw who brung it in.

Ken""")

# S11 dictation, wish-harm, cliff road
c.add("safety", subject="Dan hose good", sender=P("Colin", "Vowles", "aol.com"),
      tags=("noisy", "dictation", "wish-harm", "implicit", "veiled"),
      body="""I'm saying this into the phone so excuse the spelling full stop

Your MP Dan hose good drives back from London on the Friday night and comes over the cliff road by the old quarry about 11 o'clock comma I know because I see his car every week from my window full stop. Them bends are very dangerous in the wet and there's no barrier on the third one full stop

I'm not saying nobody should do nothing comma but if his brakes went one Friday night I wouldn't lose any sleep and neither would half this town full stop. Just saying question mark

Colin""")

# S12 long polite-ish letter, veiled P.S. about the shotgun
c.add("safety", subject="Harbour moorings allocation - a letter from an old member", sender=P("Stanley", "Hosking", "btinternet.com"),
      tags=("noisy", "dialect", "embedded", "veiled", "typos"),
      body="""Dear Mrs Tozer,

I hope you are keeping well. I am writing as a member of the party since 1966, when I joined on the docks with my father, about the new allocation of the harbour moorings which the council has just approved.

As you may know the moorings in the inner harbour have always gone on a waiting list basis, first come first served, and local working boats had the priority. My family has had the same berth since 1948. My grandson fishes out of it now, pots and a bit of bass, and it is the only living he has got.

Under the new scheme the moorings are going out on a "market rate" to the highest bidder, and the first forty have gone to yacht owners from Bristol and London, most of who are here about six weekends a year. My grandson's berth has gone to a man from Clifton who has a boat called "Liquid Asset". I am not making that up.

I went to see Cllr Chidgey about it in his surgery and he was very nice to me and gave me a cup of tea and said his hands were tied by the harbour board. I have known Roger since he was at school with my son. I do not believe his hands were tied. I believe he voted for it and I have seen the minutes that say so.

I would like the CLP to take a motion on this to the council group, and I would like somebody to tell me honestly whether the party is for working people in this town or not any more, because I am 83 and I do not want to die wondering.

Yours sincerely,
Stanley Hosking
Quayside

P.S. You can tell Roger I've still got my fathers old shotgun up in the loft and I know which way he walks home from the Quayside Tavern of a Friday. Just so as he knows. He'll know what I mean.""")

# S13 list post, Brummie, "sort Loveridge out", hold his coat
c.add("safety", subject="[brackmouth-members] Re: AGM - chair election", sender=("Wayne Dudley", "waynedudley.b44@gmail.com"),
      headers=c.list_headers("brackmouth-members", domain="googlegroups.com"),
      tags=("noisy", "dialect", "list", "veiled", "explicit"),
      body="""Loveridge has bin fixin this CLP for years and everyone knows it. Somebody wants to sort him out proper after the AGM, not with votes neither, and I'll hold their coat. He parks the silver Merc round the back of the Pavilion, no cameras round there. Just sayin like. He's had it comin a long time.

--
You received this message because you are subscribed to the Google Groups "brackmouth-members" group.
To unsubscribe from this group and stop receiving emails from it, send an email to brackmouth-members+unsubscribe@googlegroups.com.""")

# S14 HTML-only, non-native (Polish), expelled member
c.add("safety", subject="You will regret", sender=("Damian K", "damian.k.brack@wp.pl"),
      fmt="html", tags=("noisy", "non-native", "html-only", "explicit", "implicit"),
      body="""Mrs Gemma,

You and Martin throw me out from the party because of one message on facebook. OK. I know where you live, I see you every morning when you take the children to school in Harbour Hill. I know your husband car.

I will come one night with my brothers and we will talk like men talk in my country. Not with emails. You will regret what you did to me. This is not joke.

Damian""")

# S15 quoted reply, West Country txt-speak
c.add("safety", subject="Re: Brackmouth Labour - your comments at the street stall", sender=("Jez Pound", "jezpound77@gmail.com"),
      tags=("noisy", "dialect", "txt-speak", "quoted", "explicit"),
      body=c.quote_reply(
          """"unacceptable language towards volunteers". do me a favour. ur lot come round sellin the same lies every year. next time that ginger lad comes near my stall on the front i'll put him in the harbour an hold him under till he stops wrigglin. tell him that from me. an u an all""",
          """Dear Mr Pound,

I am writing about the incident at our street stall on the Esplanade on Saturday. Our volunteers reported that you used unacceptable language towards them, including towards a 17-year-old member. We respect everyone's right to disagree with us, but we ask that our volunteers are treated with courtesy.

Regards,
Gemma Tozer
Secretary, Brackmouth CLP""", quoted_from=SEC, style="gmail"))

# S16 harassment campaign, reported by councillor Ayesha Farouk (Egyptian-born)
c.add("safety", subject="I need the party to do something now", sender=P("Ayesha", "Farouk", "brackmouthlabour.org.uk"),
      tags=("noisy", "non-native", "harassment", "third-party-report", "doxxing", "pile-on"),
      body="""Gemma,

I have been trying to deal with this alone for three weeks because I did not want to make a fuss, but tonight it is too much.

Since the Nextdoor post with my address (you have seen it, I sent you), this is what happened:
- every day 20, 30 emails to my council address, "go back to Egypt", "we know where you sleep", some with pictures of nooses
- Friday night somebody spray painted on my garden wall "TRAITOR - WE'LL GET YOU"
- Sunday a man stand at the end of Gorse Close for two hours looking at my house, my husband went out and he walked away slowly, smiling
- today a delivery of flowers, funeral flowers, a wreath, with card "FOR AYESHA, SOON"

My baby is 7 months. I am not going to the council tonight, I am staying inside.

The police have given me a panic alarm and they say they will drive past. I need the party to tell regional office and the security team for councillors and I need somebody to take my address off every place it is. Please call me, not email, I can not read more emails tonight.

Ayesha""")

c.write()
