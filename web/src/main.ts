console.log('Local Offer Graph');
